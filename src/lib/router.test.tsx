import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { StaticRouter, useLocation, useNavigate, useSearchParams } from './router';

function Probe() {
  const location = useLocation();
  const [params] = useSearchParams();
  return <p>{`${location.pathname}|${location.search}|${location.hash}|${params.get('project') ?? '-'}|${String(location.state)}`}</p>;
}

describe('StaticRouter (the server render)', () => {
  it('gives the location it was rendered for, with its query string, and no window', () => {
    expect(typeof window).toBe('undefined');
    expect(renderToString(<StaticRouter location="/turn?project=p%201#top"><Probe /></StaticRouter>)).toBe('<p>/turn|?project=p%201|#top|p 1|null</p>');
    expect(renderToString(<StaticRouter location="/"><Probe /></StaticRouter>)).toBe('<p>/|||-|null</p>');
  });

  it('refuses to navigate', () => {
    function Redirecting() {
      const navigate = useNavigate();
      navigate('/about');
      return null;
    }
    expect(() => renderToString(<StaticRouter location="/"><Redirecting /></StaticRouter>)).toThrow(/Cannot navigate to \/about while rendering on the server/);
  });

  it('names the missing router when a hook renders outside one', () => {
    expect(() => renderToString(<Probe />)).toThrow(/<BrowserRouter> or <StaticRouter>/);
  });
});

import { useState, useSyncExternalStore } from 'react';
import { defaultPaperSize, type PaperSize } from './paper';

const noSubscription = () => () => undefined;
const browserDefault = () => defaultPaperSize(navigator.language);
/** The prerendered HTML has no locale: A4 until the page has hydrated, then the browser's default. */
const prerenderDefault = () => defaultPaperSize(undefined);

/** The paper size picker's value: the user's choice, else the default for the browser's locale. */
export function usePaperSize(): [PaperSize, (paper: PaperSize) => void] {
  const [chosen, setChosen] = useState<PaperSize | null>(null);
  const preferred = useSyncExternalStore(noSubscription, browserDefault, prerenderDefault);
  return [chosen ?? preferred, setChosen];
}

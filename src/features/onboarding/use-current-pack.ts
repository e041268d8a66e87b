/** The pack the project would export now, and its digest (computed with WebCrypto). */
import { useEffect, useMemo, useState } from 'react';
import { checklist } from '@/entities/checklist/content';
import type { HouseRules, InventoryServer } from '@/entities/onboarding/types';
import type { Project } from '@/entities/project/types';
import { digestOf, webCryptoSha256 } from './digest';
import { packContent, type PackContent } from './pack-file';

export function useCurrentPack(project: Project, rules: HouseRules, servers: readonly InventoryServer[]): { content: PackContent; digest: string | null } {
  const content = useMemo(() => packContent(project, rules, servers, checklist.items, checklist.version), [project, rules, servers]);
  const [digest, setDigest] = useState<{ of: PackContent; value: string } | null>(null);
  useEffect(() => {
    let live = true;
    void digestOf(content, webCryptoSha256).then((value) => {
      if (live) setDigest({ of: content, value });
    });
    return () => {
      live = false;
    };
  }, [content]);
  return { content, digest: digest?.of === content ? digest.value : null };
}

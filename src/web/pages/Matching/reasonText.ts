import type { Lang } from '../../../shared/errors';

const ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const idBeforeName = new RegExp(`\\s*${ID}(?=\\s*[（(])`, 'gi');
const idAlone = new RegExp(`\\s*(${ID})`, 'gi');

/**
 * A matching reason as a reader wants it. The server names needs by id ("留在派出单位提名的需求 <id>",
 * "由需求 <id>（茶园村）调整至此"); the page knows each need's village, so it names the village instead.
 */
export function reasonText(message: string, villageOfNeed: ReadonlyMap<string, string>, lang: Lang): string {
  return message.replace(idBeforeName, '').replace(idAlone, (whole, id: string) => {
    const name = villageOfNeed.get(id.toLowerCase());
    if (!name) return whole;
    return lang === 'zh' ? `（${name}）` : ` (${name})`;
  });
}

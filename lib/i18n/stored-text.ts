// Text that is stored or sent rather than shown in a page (notifications, emails): written once in Chinese, the
// language of the people of one tenant who read it, from one namespace of the message files.
import { translatorFor } from "./translator";

export type StoredText = (key: string, params?: Record<string, string | number>) => string;

/** A translator for one namespace: the zh-CN translator of lib/i18n/translator.ts, keys under `namespace`. */
export function storedText(namespace: string): StoredText {
  return (key, params = {}) => translatorFor("zh-CN")(`${namespace}.${key}`, params);
}

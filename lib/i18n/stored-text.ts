// Text that is stored or sent rather than shown in a page (notifications, emails): written once in Chinese, the
// language of the people of one tenant who read it, from one namespace of the message files.
import { createTranslator } from "next-intl";
import { loadMessages } from "./load-messages";

export type StoredText = (key: string, params?: Record<string, string | number>) => string;

/** A translator for one namespace, built on first use (the message files are read then, not at import). */
export function storedText(namespace: string): StoredText {
  let translate: StoredText | undefined;
  return (key, params = {}) => {
    translate ??= createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") as Record<string, unknown>, namespace: namespace as never }) as unknown as StoredText;
    return translate(key, params);
  };
}

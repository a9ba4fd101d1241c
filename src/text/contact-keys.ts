/**
 * The words that label a contact in a paper: a number to call, a fax, a
 * mailbox, the paper's address. One home for them; the patterns that find
 * contacts are built from these (src/segment/furniture.ts: contact items,
 * footer, hotline and contact lines; src/reflow/reflow.ts: the contact an ad
 * ends on). Each is a regex alternation; where one word begins another
 * (`热线电话`, `热线`), a pattern puts the longer first itself.
 */

/** A number to call: `电话`, `热线`. */
export const PHONE_KEYS = "电话|热线";
/** A fax number: `传真`. */
export const FAX_KEY = "传真";
/** Where to write: `邮箱`, `信箱`. */
export const MAIL_KEYS = "邮箱|信箱";
/** Where the paper is: `地址`, `社址`. */
export const ADDRESS_KEYS = "地址|社址";
/** Every key of a paper's contact line: those above, and `网址`, `邮编`, `总机`. */
export const CONTACT_KEYS = `${PHONE_KEYS}|${FAX_KEY}|${MAIL_KEYS}|网址|邮编|${ADDRESS_KEYS}|总机`;

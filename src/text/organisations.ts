/**
 * How an organisation's name ends. Several patterns read a line as a body's
 * name by its last word: a provider's credit (src/recognise/credits/trailing-credit.ts
 * `ORGANISATION_END`), a kicker naming a unit (src/recognise/headline.ts
 * `ORGANISATION`), a page's sponsor line (src/segment/furniture.ts `SPONSOR_LINE`),
 * a document's issuing body (src/segment/classify.ts `ISSUER`).
 * The endings all of them take have their home here; each pattern adds its own
 * (a credit takes `受访者`, a kicker `支队`, a sponsor `电视台`). A regex
 * alternation; each pattern anchors it at the end, so its order decides nothing.
 */

/**
 * Endings every reader of a body's name takes: an office (`市统计局`,
 * `省农业农村厅`), a centre (`区政务服务中心`), a firm (`国网江城供电公司`,
 * `某某集团`), an association (`市科学技术协会`), a university or a school
 * (`江城大学`, `实验学校`).
 */
export const BODY_ENDS = "局|厅|中心|公司|集团|协会|大学|学校";

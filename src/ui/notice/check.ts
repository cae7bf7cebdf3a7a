// `checkNotice`, for a site's build step or test (exported by the ES module entry): the facts
// GDPR art. 13 requires that a config's notice lacks, the kinds of data it keeps for no stated
// period, and its contradictions. Pure.
import { isObject } from '../../core/problems.js';
import { contradictions, siteCategories, withoutRetention, type NoticeCheck } from './check-notice.js';
import { readNotice } from './read-notice.js';

export type { Contradiction, NoticeCheck } from './check-notice.js';

/**
 * Checks a config's privacy notice: the facts GDPR art. 13 requires that its `notice` section
 * lacks, the kinds of data it names without a retention period (art. 13.2 a), and statements
 * that contradict each other or the consent config. Accepts what a site owner writes (the
 * object in `<script id="samtycke-config">`); never throws.
 *
 * @example
 * const { missing, withoutRetention, contradictions } = checkNotice(config);
 * // missing: ['notice.controller.email'], withoutRetention: ['technical'], contradictions: [{ kind, fields, message }]
 */
export function checkNotice(config: unknown): NoticeCheck {
  const { notice, missing } = readNotice(isObject(config) ? config.notice : undefined);
  return { missing, withoutRetention: withoutRetention(notice), contradictions: contradictions(notice, siteCategories(config)) };
}


// The privacy notice's lazy chunk (dist/samtycke-privacy-notice.js): everything the notice
// needs beyond its small element, loaded only when a page shows a notice, so that a visitor
// who only sees the banner does not download it.
import './notice-dialog.js';

export { renderNotice, type NoticeView } from './render.js';
export { noticeStyles } from './notice.styles.js';
export { readNotice } from './read-notice.js';
export { SamtyckeNoticeDialog } from './notice-dialog.js';

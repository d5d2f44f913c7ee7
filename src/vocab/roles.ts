// How plans give a role, as data: the sections that assign, the words that make an agency lead or a
// partner, the labels of explicit role fields, and the sections where "X chủ trì" only describes.
// All folded (lower case, new tone placement) except ROLE_LABEL_NOUNS, matched as printed either case.
// Source: the shared GUIDE (roles), Nghị định 30/2020/NĐ-CP (the organisation section of a plan),
// and the seeds, fixtures/unseen and the dev set.

/** Titles of the sections that assign duties: "IV. TỔ CHỨC THỰC HIỆN", "2. Phân công nhiệm vụ". */
export const ORGANISATION_TITLES: string[] = [
  'tổ chức thực hiện', 'phân công nhiệm vụ', 'phân công thực hiện', 'phân công trách nhiệm', 'trách nhiệm thực hiện',
  'trách nhiệm của các',
];

/** A duty that opens with one of these makes its agency lead: "Là cơ quan thường trực, chủ trì …", "Chủ trì, phối hợp …". */
export const LEAD_DUTIES: string[] = [
  'là cơ quan thường trực', 'là cơ quan đầu mối', 'là đầu mối', 'làm đầu mối', 'là cơ quan chủ trì', 'chủ trì',
  'cơ quan thường trực', 'đầu mối',
];

/** A duty that opens with one of these makes its agency a partner: "Phối hợp với Sở Y tế …". */
export const COORDINATE_DUTIES: string[] = ['phối hợp', 'tham gia phối hợp', 'cùng phối hợp'];

/**
 * The nouns that open an explicit role field, before "chủ trì" / "phối hợp" / "thực hiện" and a
 * colon: "Đơn vị chủ trì: Sở Tư pháp", "Cơ quan/Đơn vị thực hiện: …", "Đơn vị (Cơ quan) chủ trì: …".
 */
export const ROLE_LABEL_NOUNS: string[] = ['Đơn vị', 'Cơ quan', 'Bộ phận'];

/** Words that may follow the role in a label: "Cơ quan chủ trì thực hiện:", "Cơ quan chủ trì tham mưu:". */
export const ROLE_LABEL_TAILS: string[] = ['thực hiện', 'tham mưu', 'thực hiện chính'];

/** Sections that state aims, principles or past results, where "X chủ trì" describes rather than assigns. */
export const DESCRIPTIVE_TITLES: string[] = [
  'mục đích', 'yêu cầu', 'quan điểm', 'mục tiêu', 'kết quả', 'tình hình', 'thực trạng', 'đánh giá', 'căn cứ', 'sự cần thiết',
];

/**
 * Words before an agency's name that give it its duties, in an item or a heading: "Đề nghị Ủy ban
 * MTTQ …", "Giao Sở Y tế …", and a regulation's articles "Điều 14. Trách nhiệm của Sở Khoa học và Công nghệ".
 */
export const ROLE_TITLE_PREFIXES: string[] = ['đề nghị', 'giao', 'yêu cầu', 'trách nhiệm của', 'nhiệm vụ của'];

/**
 * Duties of the agency that follows the whole plan and reports on it, its focal point in all but
 * name: "Sở Nội vụ: Tham mưu UBND tỉnh theo dõi, đôn đốc, hướng dẫn …", "… tổng hợp, báo cáo UBND
 * tỉnh kết quả thực hiện". A careful reader takes it for the lead even without "chủ trì".
 */
export const FOCAL_DUTIES: string[] = ['theo dõi, đôn đốc', 'tổng hợp, báo cáo', 'tổng hợp báo cáo', 'tổng hợp kết quả', 'làm đầu mối', 'là đầu mối'];

/**
 * Or it follows up the plan itself: a verb of FOLLOW_UP_VERBS and the plan as its object in one
 * duty ("Sở Nội vụ … triển khai, đôn đốc, đánh giá việc tổ chức thực hiện Kế hoạch").
 */
export const FOLLOW_UP_VERBS: string[] = ['đôn đốc', 'theo dõi'];
export const THE_PLAN_ITSELF: string[] = ['thực hiện kế hoạch', 'triển khai kế hoạch', 'kế hoạch này'];

/** Words that open a duty before its verb: "1. Có trách nhiệm chủ trì, phối hợp …" leads. */
export const DUTY_OPENERS: string[] = ['có trách nhiệm', 'chịu trách nhiệm'];

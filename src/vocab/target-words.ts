// The words that make a number a target or not, as data. All folded (lower case, new tone
// placement). Source: the shared GUIDE (targets), Nghị định 30/2020/NĐ-CP (how a plan states its
// aims), and the sentences of the seeds, fixtures/unseen and the dev set.
import type { Comparator } from '../model.js';

/** Nouns after a number that make it a duration, a date part or a measure of time, never a count: "05 năm", "03 tháng". */
export const NOT_COUNT_NOUNS: string[] = [
  'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'quý', 'lần', 'kỳ', 'giai', 'khóa', 'tuổi',
  'đồng', 'điểm', 'bước', 'cấp', 'mục', 'điều', 'khoản', 'phần', 'chương',
  // function words: "từ 3 đến 5 tuổi", "5 trở lên", "2 và 3"
  'đến', 'tới', 'trở', 'và', 'hoặc', 'với', 'của', 'trên', 'dưới', 'so', 'đối', 'theo', 'tại', 'trong', 'là',
  'vào', 'hằng', 'hàng', 'mỗi', 'về', 'để', 'thì', 'mà', 'như',
];

/** Words right before a number that make it part of a name or a position: "Chỉ thị số 37", "lần thứ 4", "giai đoạn 2". */
export const NAMING_WORDS: string[] = [
  'số', 'thứ', 'lần', 'khóa', 'khoá', 'nhiệm kỳ', 'kỳ', 'điều', 'khoản', 'điểm', 'mục', 'chương', 'phần', 'phụ lục', 'năm',
  'tháng', 'ngày', 'quý', 'giai đoạn', 'đoạn', 'phiên bản', 'mô hình', 'top', 'nhóm', 'tốp', 'lớp', 'chỉ thị', 'nghị quyết',
  'quyết định', 'nghị định', 'thông tư', 'luật', 'kết luận', 'kế hoạch', 'công văn', 'đề án', 'dự án', 'chương trình',
];

/**
 * A preposition right before a count makes it a condition inside a description: "với ít nhất 01
 * doanh nghiệp"; so does a priority: "ưu tiên 40 xã, phường đã được công bố tình huống khẩn cấp".
 */
export const CONDITION_PREPOSITIONS: string[] = ['với', 'của', 'tại', 'trong', 'theo', 'về', 'đối với', 'thuộc', 'ở', 'gồm', 'trên tổng số', 'ưu tiên'];

/**
 * Whom an award goes to: a count or share of them is a nomination quota, not a commitment (GUIDE):
 * "Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân", "tỷ lệ không quá 10% tập thể, 5% cá nhân".
 */
export const AWARD_NOUNS: string[] = ['cá nhân', 'tập thể', 'trường hợp'];

/** A sentence that scores, not commits: "Từ 88 - 90% cộng 02 điểm; đạt 100% cộng 05 điểm". */
export const SCORING_VERBS: string[] = ['cộng', 'trừ'];

/** A clause opened by one of these states a condition: "Đối với thôn có dưới 100 cử tri:", "Nếu có từ 02 địa phương …". */
export const CONDITION_OPENERS: string[] = ['đối với', 'nếu', 'trường hợp'];

/** Words that make a sentence state the present rather than a commitment: "hiện có 92 đơn vị hành chính". */
export const FACT_CUES: string[] = [
  'hiện nay', 'hiện có', 'hiện tại', 'đã đạt', 'đạt được', 'tính đến', 'năm qua', 'đã có', 'dân số', 'diện tích', 'sau sáp nhập',
  'bao gồm', 'đang hoạt động', 'hiện đang',
  // a forecast is no commitment: "dự báo tốc độ tăng trưởng GRDP … khoảng 10 - 10,5%/năm"
  'dự báo',
];

/** Words that make a sentence a commitment: "Phấn đấu đến năm 2030 …", "đạt 75%". */
export const COMMITMENT_CUES: string[] = [
  'phấn đấu', 'phân đầu', 'mục tiêu', 'chỉ tiêu', 'đến năm', 'vào năm', 'đến hết năm', 'đạt', 'tăng lên', 'giảm xuống', 'giảm còn',
  'nâng', 'bảo đảm', 'đảm bảo', 'thu hút', 'tuyển sinh', 'ít nhất', 'tối thiểu', 'trở lên', 'có trên', 'hoàn thành',
];

/** Section titles about the present ("Thực trạng …", "Đánh giá kết quả …"); "đánh giá" counts only opening a title. */
export const FACT_SECTION_WORDS: string[] = ['bối cảnh', 'thực trạng', 'tình hình', 'kết quả thực hiện', 'kết quả đạt được'];

/** Section titles that hold targets: "II. MỤC TIÊU", "Các chỉ tiêu chủ yếu", "Kết quả cần đạt". */
export const TARGET_SECTION_WORDS: string[] = ['mục tiêu', 'chỉ tiêu', 'kết quả cần đạt'];

/** Comparators as written right before the number, tried in this order: "ít nhất 30%", "không quá 5%", "trên 80%". */
export const COMPARATOR_WORDS: Array<[Comparator, string[]]> = [
  ['gte', ['không dưới', 'không thấp hơn', 'tối thiểu', 'ít nhất', 'từ', '≥', '>=']],
  ['lte', ['không quá', 'không vượt quá', 'tối đa', 'dưới', 'giảm xuống còn', 'giảm xuống dưới', 'giảm còn', 'xuống còn', 'xuống dưới', 'còn dưới', 'thấp hơn', 'xuống', '≤', '<=']],
  ['gt', ['trên', 'hơn', 'vượt', 'cao hơn', '>']],
  ['lt', ['<']],
  ['approx', ['khoảng', 'gần', 'xấp xỉ', 'trên dưới', 'ước', '~']],
];

/** Nouns that name what a number measures: "Tỷ lệ lao động qua đào tạo đạt 75%", "tổng tỷ suất sinh đạt 2,1". */
export const MEASURE_NOUNS: string[] = ['tổng tỷ suất', 'tỷ suất', 'tỷ số', 'tỷ lệ', 'tỉ lệ', 'tỷ trọng', 'tỉ trọng', 'số lượng', 'tổng số', 'chỉ số', 'quy mô', 'mức'];

/** Verbs and comparators between the measured thing and its number: "tỷ lệ … | đạt", "| tăng lên", "| là trên". */
export const LINKING_WORDS: string[] = [
  'đạt', 'là', 'lên', 'ở mức', 'chiếm', 'còn', 'có', 'thu hút', 'tuyển sinh', 'khoảng', 'trên', 'tối thiểu', 'ít nhất', 'không dưới',
  'dưới', 'giảm xuống còn', 'xuống còn', 'giảm còn', 'hơn', 'từ', 'tăng lên', 'tối đa', 'không quá', 'tăng gấp', 'gấp',
];

/** Words left at the end of a phrase that the next number cut short: "… trạm y tế trên toàn tỉnh và" (80% …). */
export const DANGLING_WORDS: string[] = ['và', 'hoặc', 'với', 'trên', 'đạt', 'khoảng', 'từ', 'là', 'có', 'vào', 'năm', 'đến', 'xuống', 'lên', 'trở', 'so'];

/**
 * A bare number after one of these is the value of an index, with the index as its unit:
 * "chỉ số giáo dục đóng góp vào chỉ số phát triển con người (HDI) đạt trên 0,8".
 */
export const INDEX_NOUNS: string[] = ['chỉ số'];

// The words that bound an agency's name in a duty sentence: what opens a name, what opens a group
// after "Các", which verbs begin the duty after it, and words that look like a name's head but are
// not. All folded (lower case, new tone placement). Source: Nghị định 30/2020/NĐ-CP (how a duty is
// written: "Sở Y tế chủ trì, phối hợp …"), the bodies of Nghị định 45/2025/NĐ-CP and Nghị quyết
// 176/2025/QH15, and the subjects of the seeds, fixtures/corpus and fixtures/unseen.

/** Words that open the name of an agency or an office-holder: "Sở Nội vụ", "Chi cục Kiểm lâm", "Giám đốc Sở". */
export const AGENCY_HEADS: string[] = [
  'sở', 'phòng', 'ban', 'bộ', 'ủy ban', 'ubnd', 'ubmttq', 'hội đồng', 'hđnd', 'đảng ủy', 'đảng đoàn', 'ban cán sự',
  'tỉnh ủy', 'thành ủy', 'huyện ủy', 'công an', 'bộ chỉ huy', 'đoàn', 'tỉnh đoàn', 'thành đoàn', 'hội', 'liên đoàn',
  'báo', 'đài', 'chi nhánh', 'ngân hàng', 'kho bạc', 'cục', 'chi cục', 'trung tâm', 'trường', 'văn phòng',
  'thanh tra', 'viện', 'bảo hiểm', 'mặt trận', 'tòa án', 'viện kiểm sát', 'học viện', 'đại học', 'cơ quan',
  'hiệp hội', 'tổng công ty', 'công ty', 'thủ trưởng', 'lãnh đạo', 'thường trực', 'vp', 'liên hiệp', 'liên minh',
  'ban quản lý', 'ban chỉ đạo', 'bộ đội', 'bộ chỉ huy', 'cảnh sát', 'quỹ', 'chính phủ', 'quốc hội', 'thủ tướng',
  'công chức', 'cán bộ', 'chủ tịch', 'phó chủ tịch', 'trưởng', 'giám đốc', 'hội đồng', 'tổ đảng', 'chi bộ',
  'thuế', 'hải quan', 'kiểm lâm', 'viện', 'bệnh viện', 'vụ', 'chủ nhiệm', 'tổ trưởng', 'chuyên viên', 'tạp chí', 'đồng chí', 'đ/c',
];

/** "Các …" opens a group when one of these follows: "Các sở, ban, ngành", "các doanh nghiệp", "các chủ đầu tư". */
export const GROUP_NOUNS: string[] = [
  'sở', 'cơ quan', 'đơn vị', 'cấp ủy', 'đảng ủy', 'đảng bộ', 'tổ chức', 'địa phương', 'ban', 'ngành', 'hội', 'trường',
  'cơ sở', 'doanh nghiệp', 'huyện', 'xã', 'phòng', 'đoàn thể', 'bộ', 'chi bộ', 'cấp', 'thành viên', 'ủy ban',
  'tỉnh ủy', 'thành ủy', 'huyện ủy', 'ngân hàng', 'viện', 'trung tâm', 'cơ quan báo chí', 'đoàn đại biểu', 'đại biểu',
  'đồng chí', 'đ/c', 'phó chủ tịch', 'chuyên viên', 'chủ đầu tư', 'nhà đầu tư', 'bệnh viện',
];

/** Verbs that start the duty after its subject: "Sở Tài chính | chủ trì, phối hợp …", "Các đơn vị | căn cứ …". */
export const DUTY_VERBS: string[] = [
  'căn cứ', 'lãnh đạo', 'chỉ đạo', 'chủ trì', 'phối hợp', 'tổ chức', 'theo chức năng', 'theo dõi', 'tuyên truyền',
  'thực hiện', 'triển khai', 'xây dựng', 'rà soát', 'có trách nhiệm', 'chịu trách nhiệm', 'hướng dẫn', 'tham mưu',
  'chủ động', 'nghiên cứu', 'tăng cường', 'đẩy mạnh', 'bố trí', 'cân đối', 'là cơ quan', 'là đầu mối', 'thường xuyên',
  'quán triệt', 'kiểm tra', 'giám sát', 'đôn đốc', 'tiếp tục', 'phát huy', 'vận động', 'cụ thể hóa', 'bảo đảm',
  'đảm bảo', 'quan tâm', 'nâng cao', 'đề xuất', 'tổng hợp', 'hỗ trợ', 'cung cấp', 'phổ biến', 'ban hành', 'trình',
  'giám sát', 'định kỳ', 'thẩm định', 'cho vay', 'huy động', 'phát động', 'biểu dương', 'lồng ghép', 'khẩn trương',
  'được giao', 'căn cứ vào', 'làm đầu mối', 'tích cực', 'đề nghị', 'yêu cầu', 'báo cáo', 'tập trung', 'sắp xếp',
  'phân công', 'thành lập', 'ưu tiên', 'xác định', 'duy trì', 'kiện toàn', 'củng cố', 'đầu tư', 'kịp thời',
  'cử', 'nắm', 'thúc đẩy', 'thống nhất', 'nghiêm túc', 'hoàn thiện', 'hoàn thành', 'khảo sát', 'đánh giá',
  // "Bộ Công an tiến hành rà soát …", "Ủy ban nhân dân các xã chuẩn bị …"
  'tiến hành', 'chuẩn bị', 'giải quyết', 'cập nhật', 'thu thập', 'tiếp nhận', 'phân bổ', 'xem xét', 'công bố', 'ký kết',
  // a duty in the modal: "Công ty phải thông báo …", "Ngân hàng Nhà nước thông báo …"
  'phải', 'cần', 'sẽ', 'thông báo', 'gửi', 'áp dụng', 'quyết định', 'quy định', 'có quyền',
];

/** Duties that still end a name when a run-in heading capitalised them: "… có liên quan Phối hợp chặt chẽ". */
export const RUN_IN_DUTIES: string[] = ['chủ trì', 'phối hợp', 'là cơ quan', 'là đầu mối', 'có trách nhiệm', 'chịu trách nhiệm', 'tham mưu', 'căn cứ'];

/**
 * Words that begin like a head but are verbs or things: "Ban hành kế hoạch …", "Báo cáo kết quả …",
 * "Hội nghị sơ kết …", "Quỹ đất …", "Bộ máy …", "Phòng cháy …".
 */
export const NOT_AGENCY_STARTS: string[] = [
  'ban hành', 'báo cáo', 'hội nghị', 'hội thảo', 'hội thi', 'hội diễn', 'trường hợp', 'vụ việc', 'phòng ngừa',
  'phòng chống', 'phòng, chống', 'phòng cháy', 'sở hữu', 'quỹ đất', 'bộ máy', 'bộ tiêu chí', 'bộ chỉ số', 'bộ công cụ',
  'cơ quan hóa', 'đoàn kết', 'trung tâm hóa',
];

/**
 * Kinds of body that name no body on their own: a table header "Cơ quan chủ trì | Cơ quan phối hợp"
 * or a role label "Đơn vị thực hiện:" opens with one and is never an agency.
 */
export const GENERIC_BODIES: string[] = ['cơ quan', 'đơn vị', 'bộ phận', 'tổ chức', 'cá nhân', 'sở', 'ban', 'ngành', 'bộ', 'phòng', 'các cơ quan', 'các đơn vị'];

/** Heads of Party organs, whose "lãnh đạo, chỉ đạo" of a state body or the Front is leadership: "Đảng ủy UBND tỉnh chỉ đạo UBND tỉnh …". */
export const PARTY_ORGANS: string[] = [
  'đảng ủy', 'đảng đoàn', 'ban cán sự đảng', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'ban thường vụ', 'ban chấp hành',
  'chi bộ', 'đảng bộ', 'các đảng ủy', 'các cấp ủy', 'cấp ủy',
];

/**
 * Standing bodies that issue in the name of the committee they belong to: "Nghị quyết số 34-NQ/TU
 * của Ban Thường vụ Tỉnh ủy" is as rightly cited "của Tỉnh ủy Lào Cai" (a Party symbol names the
 * committee, "-NQ/TU" the Tỉnh ủy, whichever of its bodies signs: Hướng dẫn 36-HD/VPTW 2018).
 */
export const STANDING_BODIES: string[] = ['ban thường vụ', 'thường trực', 'ban chấp hành', 'ban thường trực'];

/** After a dash, the role a body holds, not more of its name: "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo". */
export const ROLE_APPOSITIONS: string[] = ['cơ quan', 'là cơ quan', 'đơn vị chủ trì', 'đơn vị thường trực'];

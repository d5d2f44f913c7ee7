import { describe, expect, it } from 'vitest';
import { sentenceCase } from '../../src/extract/document.js';
import { recordOf } from '../helpers.js';

describe('document, issuer and signer', () => {
  it('reads a state header with a blank number and date as null', () => {
    const r = recordOf('Số: /KH-UBND Thành phố Lai Châu, ngày tháng năm 2025\n\n## KẾ HOẠCH\n\nThực hiện Chỉ thị số 37-CT/TW. Ủy ban nhân dân thành phố Lai Châu ban hành Kế hoạch triển khai thực hiện như sau:\n\nI. MỤC ĐÍCH');
    expect(r.document).toMatchObject({ type: 'KH', number: null, date: null, place: 'Thành phố Lai Châu' });
    expect(r.issuer).toMatchObject({ name: 'Ủy ban nhân dân thành phố Lai Châu', system: 'state', province: 'Lai Châu', level: 'district-era' });
  });

  it.each([
    // Bắc Ninh corpus plan: the province keeps its capitals after "tỉnh".
    ['PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030', 'Phát triển kinh tế số và xã hội số tỉnh Bắc Ninh giai đoạn 2026 - 2030'],
    ['TRIỂN KHAI CHỈ THỊ SỐ 37-CT/TW TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI', 'Triển khai chỉ thị số 37-CT/TW trên địa bàn thành phố Hà Nội'],
    // Without "tỉnh" the words are plain: "hòa bình" is peace, not the former province.
    // Old tone placement is still the province, and is kept as written.
    ['ĐÀO TẠO NGHỀ TRÊN ĐỊA BÀN TỈNH THANH HOÁ', 'Đào tạo nghề trên địa bàn tỉnh Thanh Hoá'],
    ['GIỮ VỮNG HÒA BÌNH, ỔN ĐỊNH', 'Giữ vững hòa bình, ổn định'],
    ['Already in sentence case, tỉnh bắc ninh', 'Already in sentence case, tỉnh bắc ninh'],
  ])('sentence-cases the title %s', (upper, expected) => {
    expect(sentenceCase(upper)).toBe(expected);
  });

  it.each([
    ['Số: 177/KH-UBND\nHà Nội, 07/7/2025\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 10/7/2024\nThực hiện Chỉ thị số 37-CT/TW ngày 10/7/2024, UBND thành phố ban hành kế hoạch như sau:\nI. MỤC ĐÍCH', { place: 'Hà Nội', date: '2025-07-07' }],
    ['Số: 177/KH-UBND | Hà Nội, ngày 07/07/2025\nKẾ HOẠCH\nI. MỤC ĐÍCH', { place: 'Hà Nội', date: '2025-07-07' }],
    // A dated reference in the opening is not the issue date, slashes or not.
    ['Số: 177/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 10/7/2024\nThực hiện Chỉ thị số 37-CT/TW ngày 10/7/2024 của Ban Bí thư, UBND thành phố ban hành kế hoạch như sau:\nI. MỤC ĐÍCH', { place: null, date: null }],
  ])('reads a place-date written with slashes, and only in the header (%#)', (text, expected) => {
    expect(recordOf(text).document).toMatchObject(expected);
  });

  it.each([
    // Politburo resolution (corpus) copied without header or signature.
    ['Nguyên nhân chủ yếu là nguồn lực còn thấp.\n\nTừ tình hình trên, Bộ Chính trị yêu cầu tập trung quán triệt các nội dung sau:\n\nI. QUAN ĐIỂM CHỈ ĐẠO\n\n1. Nhận thức sâu sắc.', { name: 'Bộ Chính trị', system: 'party', province: null, level: 'central' }],
    // Only a known kind of body speaks for the document.
    ['Các cấp ủy yêu cầu tập trung quán triệt các nội dung sau:\n\nI. QUAN ĐIỂM CHỈ ĐẠO\n\n1. Nhận thức sâu sắc.', { name: null }],
  ])('takes the body that speaks in the opening when nothing else names the issuer (%#)', (text, expected) => {
    expect(recordOf(text).issuer).toMatchObject(expected);
  });

  it('reads number, date and place', () => {
    const r = recordOf(' Số: 177/KH-UBND\nHà Nội, ngày 07 tháng 7 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW\nThực hiện …, UBND thành phố Hà Nội ban hành kế hoạch tổ chức thực hiện như sau:\nI. MỤC ĐÍCH');
    expect(r.document).toMatchObject({ type: 'KH', number: '177/KH-UBND', date: '2025-07-07', place: 'Hà Nội', title: 'Triển khai thực hiện chỉ thị số 37-CT/TW' });
    expect(r.issuer).toMatchObject({ name: 'Ủy ban nhân dân thành phố Hà Nội', province: 'Hà Nội', level: 'province' });
  });

  it('completes a Party issuer with the province the text names', () => {
    const r = recordOf('KẾ HOẠCH\n\nvề đào tạo nghề trên địa bàn tỉnh Bắc Ninh\n\nThực hiện Chỉ thị số 21-CT/TW; Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:\n\nI- MỤC ĐÍCH');
    expect(r.issuer).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy Bắc Ninh', system: 'party', province: 'Bắc Ninh', level: 'province' });
  });

  it('completes a commune issuer from the header block of a converted table', () => {
    const header = '|\nỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n|\nSố: 45/KH-UBND\n|\nTân Hòa, ngày 12 tháng 3 năm 2026\n|\n\nKẾ HOẠCH\n\nChuyển đổi số năm 2026\n\n';
    const r = recordOf(`${header}Để triển khai Kế hoạch số 120/KH-UBND ngày 10/01/2026 của UBND tỉnh Đồng Tháp, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH`);
    expect(r.document).toMatchObject({ number: '45/KH-UBND', date: '2026-03-12', place: 'Tân Hòa' });
    expect(r.issuer).toMatchObject({ name: 'Ủy ban nhân dân xã Tân Hòa', level: 'commune', province: 'Đồng Tháp' });
    expect(r.references[0]).toMatchObject({ symbol: '120/KH-UBND', relation: 'implements' });
  });

  // Header lines as district and commune bodies print them, under their superior body.
  it.each([
    ['UBND XÃ ĐỨC HÒA', { name: 'Ủy ban nhân dân xã Đức Hòa', system: 'state', level: 'commune', province: 'Nghệ An' }],
    ['UBND PHƯỜNG BẾN NGHÉ', { name: 'Ủy ban nhân dân phường Bến Nghé', system: 'state', level: 'commune', province: 'Nghệ An' }],
    ['HUYỆN ỦY NAM ĐÀN', { name: 'Huyện ủy Nam Đàn', system: 'party', level: 'district-era', province: 'Nghệ An' }],
    ['THỊ ỦY CỬA LÒ', { name: 'Thị ủy Cửa Lò', system: 'party', level: 'district-era' }],
    ['THỊ UỶ THÁI HÒA', { name: 'Thị uỷ Thái Hòa', system: 'party', level: 'district-era' }],
    ['BAN CHẤP HÀNH ĐẢNG BỘ XÃ MƯỜNG KHƯƠNG', { name: 'Ban Chấp hành Đảng bộ xã Mường Khương', system: 'party', level: 'commune' }],
  ])('reads the issuer %s under "ĐẢNG BỘ TỈNH NGHỆ AN"', (body, expected) => {
    const r = recordOf(`ĐẢNG BỘ TỈNH NGHỆ AN\n${body}\n*\nSố 12-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nNam Đàn, ngày 20 tháng 8 năm 2024\nKẾ HOẠCH\nthực hiện Chỉ thị số 37-CT/TW\nI. MỤC ĐÍCH\nNội dung.`);
    expect(r.issuer).toMatchObject({ province: 'Nghệ An', ...expected });
  });

  it('names a standing organ with its body, a Front body with no state or party system', () => {
    // Quảng Ninh, Lương Minh: Kế hoạch 16/KH-MTTQ-BTT, header as the portal's copy lays it out.
    const r = recordOf('ỦY BAN MTTQ VIỆT NAM\n\nXÃ LƯƠNG MINH\n\nBAN THƯỜNG TRỰC\n\nSố: 16/KH-MTTQ-BTT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nLương Minh, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\n\nThực hiện công tác bầu cử\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.');
    expect(r.issuer).toMatchObject({ name: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh', system: null, level: 'commune' });
  });

  it('finds the name a dozen blank lines below the title in a double-spaced copy', () => {
    const r = recordOf(`KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung./.\n\nNơi nhận:\n- Lưu: MTTQ\n\nTM. BAN THƯỜNG TRỰC\n\nCHỦ TỊCH${'\n'.repeat(16)}Lan Thị Vân`);
    expect(r.signer).toMatchObject({ name: 'Lan Thị Vân', title: 'Chủ tịch', authority: 'TM. Ban Thường trực' });
  });

  it.each([
    ['**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**\n\n\n\nKý bởi: Tỉnh ủy Thái Nguyên\nThời gian ký: 16/06/2026 17:09:29\n\nBùi Văn Lương', { name: 'Bùi Văn Lương', title: 'Phó Bí thư' }],
    ['**TM. ỦY BAN NHÂN DÂN**  \n**KT. CHỦ TỊCH**  \n**PHÓ CHỦ TỊCH**\n\n**Trần Đình Tiến**', { name: 'Trần Đình Tiến', title: 'Phó Chủ tịch', authority: 'TM. Ủy ban nhân dân; KT. Chủ tịch' }],
    ['**TM. ỦY BAN NHÂN\nDÂN **\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Mai Sơn**', { name: 'Mai Sơn', title: 'Phó Chủ tịch' }],
  ])('signer %#', (block, expected) => {
    expect(recordOf(`KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n${block}`).signer).toMatchObject(expected);
  });

  it('reads recipients without the file copy', () => {
    const r = recordOf('I. A\n\nNội dung./.\n\n**Nơi nhận:**\n\n- UBND tỉnh;\n- Thường trực : Thành ủy, HĐND (B/c);\n- Ban Chính sách, chiến lược Trung ương; (Báo cáo),\n- Lưu: VT, LĐTBXH.');
    expect(r.recipients).toEqual(['UBND tỉnh', 'Thường trực : Thành ủy, HĐND (B/c)', 'Ban Chính sách, chiến lược Trung ương']);
  });
});

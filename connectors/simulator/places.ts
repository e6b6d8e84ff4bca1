/**
 * The simulated geography is Huế's (province code 46, QĐ 19/2025/QĐ-TTg): wards after the 2025 merger,
 * main corridors, air-quality stations and busy public places. Weights are the simulator's own guesses.
 */

export interface Commune {
  readonly id: string;
  readonly name: string;
  /** Share of field reports, relative to an average ward. */
  readonly reportWeight: number;
}

export const communes: readonly Commune[] = [
  { id: 'thuan-hoa', name: 'Phường Thuận Hóa', reportWeight: 1.4 },
  { id: 'phu-xuan', name: 'Phường Phú Xuân', reportWeight: 1.3 },
  { id: 'kim-long', name: 'Phường Kim Long', reportWeight: 0.8 },
  { id: 'vy-da', name: 'Phường Vỹ Dạ', reportWeight: 1 },
  { id: 'huong-thuy', name: 'Phường Hương Thủy', reportWeight: 0.9 },
  { id: 'huong-tra', name: 'Phường Hương Trà', reportWeight: 0.8 },
  { id: 'thuy-xuan', name: 'Phường Thủy Xuân', reportWeight: 0.7 },
  { id: 'an-cuu', name: 'Phường An Cựu', reportWeight: 1 },
];

export interface Corridor {
  readonly id: string;
  readonly name: string;
  /** Scales the city-wide congestion rhythm: Hùng Vương carries the most through traffic. */
  readonly load: number;
}

export const corridors: readonly Corridor[] = [
  { id: 'hung-vuong', name: 'Đường Hùng Vương', load: 1.06 },
  { id: 'le-loi', name: 'Đường Lê Lợi', load: 0.97 },
  { id: 'nguyen-hue', name: 'Đường Nguyễn Huệ', load: 0.92 },
  { id: 'ba-trieu', name: 'Đường Bà Triệu', load: 1 },
  { id: 'dien-bien-phu', name: 'Đường Điện Biên Phủ', load: 0.85 },
  { id: 'vo-van-kiet', name: 'Đường Võ Văn Kiệt', load: 0.9 },
];

export interface Station {
  readonly id: string;
  readonly name: string;
  /** PM2.5 level relative to the city background: roadside and industrial sites read higher. */
  readonly pmLoad: number;
  /** PM10 / PM2.5: coarser dust near the port and building sites. */
  readonly coarseRatio: number;
}

export const stations: readonly Station[] = [
  { id: 'le-loi', name: 'Trạm Lê Lợi', pmLoad: 1.25, coarseRatio: 1.7 },
  { id: 'kim-long', name: 'Trạm Kim Long', pmLoad: 0.9, coarseRatio: 1.6 },
  { id: 'huong-thuy', name: 'Trạm Hương Thủy', pmLoad: 1, coarseRatio: 1.7 },
  { id: 'phu-bai', name: 'Trạm Phú Bài', pmLoad: 1.1, coarseRatio: 1.9 },
  { id: 'chan-may', name: 'Trạm Chân Mây', pmLoad: 0.85, coarseRatio: 2 },
];

/** Public places where order incidents are reported; written as they start a location field. */
export const landmarks: readonly string[] = [
  'Chợ Đông Ba',
  'Bến xe phía Nam',
  'Phố đi bộ Nguyễn Đình Chiểu',
  'Cầu Trường Tiền',
  'Ga Huế',
  'Quảng trường Ngọ Môn',
  'Chợ An Cựu',
  'Công viên Thương Bạc',
];

/** "Chợ Đông Ba" reads "chợ Đông Ba" inside a sentence; proper names (Phường, Sở, Trạm) keep their capital. */
export function inSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

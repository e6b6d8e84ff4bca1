/** Provincial departments that receive documents and handle dossiers, after the 2025 merger of departments. */
export interface Department {
  readonly id: string;
  /** Without the unit for the offices whose name says "tỉnh" or "thành phố". */
  readonly name: string;
  readonly ofUnit: boolean;
  /** Share of incoming documents, relative to an average department. */
  readonly documentLoad: number;
  /** How easily documents go overdue there. */
  readonly overdueProneness: number;
  /** Share of public-service dossiers. */
  readonly dossierLoad: number;
}

export const departments: readonly Department[] = [
  { id: 'van-phong-ubnd', name: 'Văn phòng UBND', ofUnit: true, documentLoad: 2.5, overdueProneness: 0.8, dossierLoad: 0.3 },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', ofUnit: false, documentLoad: 1.4, overdueProneness: 1.2, dossierLoad: 1.2 },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', ofUnit: false, documentLoad: 1.2, overdueProneness: 1.5, dossierLoad: 1.5 },
  { id: 'so-y-te', name: 'Sở Y tế', ofUnit: false, documentLoad: 1.1, overdueProneness: 1, dossierLoad: 1 },
  { id: 'so-giao-duc-dao-tao', name: 'Sở Giáo dục và Đào tạo', ofUnit: false, documentLoad: 1, overdueProneness: 0.7, dossierLoad: 0.8 },
  {
    id: 'so-nong-nghiep-moi-truong',
    name: 'Sở Nông nghiệp và Môi trường',
    ofUnit: false,
    documentLoad: 1.3,
    overdueProneness: 1.1,
    dossierLoad: 1.4,
  },
  { id: 'cong-an-tinh', name: 'Công an', ofUnit: true, documentLoad: 1, overdueProneness: 0.6, dossierLoad: 1.6 },
];

/** The six centrally governed cities (QĐ 19/2025/QĐ-TTg codes): their offices say "thành phố", not "tỉnh". */
const cityCodes: ReadonlySet<string> = new Set(['01', '31', '46', '48', '79', '92']);

export function departmentName(department: Department, province: string): string {
  if (!department.ofUnit) return department.name;
  return `${department.name} ${cityCodes.has(province) ? 'thành phố' : 'tỉnh'}`;
}

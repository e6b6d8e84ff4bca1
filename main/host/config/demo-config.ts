import type { ConfigInput } from '../../../common/index.js';

/**
 * What runs with no configuration file: a 2x2 wall in Huế's IOC, four synthetic cameras (ffmpeg
 * test pictures with the name and a clock burned in, so no RTSP server is needed) and the simulator.
 */
export const demoConfig: ConfigInput = {
  walls: [{ id: 'main', name: 'Tường hiển thị chính', rows: 2, cols: 2, display: { width: 1920, height: 1080 }, layout: 'tong-quan' }],
  cameras: [
    { id: 'cam-truong-tien', name: 'Cầu Trường Tiền', url: 'synthetic:testsrc2', group: 'Giao thông' },
    { id: 'cam-dong-ba', name: 'Chợ Đông Ba', url: 'synthetic:smptebars', group: 'An ninh trật tự' },
    { id: 'cam-ngo-mon', name: 'Ngọ Môn – Đại Nội', url: 'synthetic:testsrc', group: 'Du lịch' },
    { id: 'cam-hung-vuong', name: 'Ngã tư Hùng Vương – Bà Triệu', url: 'synthetic:rgbtestsrc', group: 'Giao thông' },
  ],
  connectors: [{ id: 'sim', type: 'simulator', name: 'Dữ liệu mô phỏng', options: { seed: 20251, backfillMinutes: 90 } }],
};

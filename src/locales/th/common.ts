import type { CommonTexts } from '../../core/text/messages.js';

/** Thai: the kit's UI strings, action labels and the texts of failures without a known code. */
export default {
  ui: {
    regionLabel: 'การแจ้งเตือน',
    dismiss: 'ปิด',
    codeBadge: 'รหัส {code}',
    details: 'รายละเอียด',
    serverMessage: 'ข้อความจากเซิร์ฟเวอร์',
    time: 'เวลา',
    copyDetails: 'คัดลอกรายละเอียด',
    copied: 'คัดลอกแล้ว',
    repeatCount: '×{count}',
    tryAgain: 'ลองอีกครั้ง',
    severityInfo: 'ข้อมูล',
    severityWarning: 'คำเตือน',
    severityError: 'ข้อผิดพลาด',
    severityCritical: 'ร้ายแรง',
    overflowTitle: {
      other: 'การแจ้งเตือนอีก {count} รายการ',
    },
    overflowMessage: 'มีการแจ้งเตือนเข้ามาพร้อมกันมากเกินกว่าจะแสดงได้ทีละรายการ กรุณาตรวจสอบคำสั่งซื้อขายและโพซิชันของคุณเพื่อไม่ให้พลาดสิ่งใด',
  },
  actions: {
    transfer_funds: 'โอนเงิน',
    deposit: 'ฝากเงิน',
    reduce_size: 'ลดขนาด',
    lower_leverage: 'ลดเลเวอเรจ',
    renew_api_key: 'สร้างคีย์ API ใหม่',
    check_api_key: 'ตรวจสอบคีย์ API',
    whitelist_ip: 'เพิ่ม IP ในไวท์ลิสต์',
    enable_permission: 'เปิดใช้สิทธิ์',
    sync_clock: 'ซิงค์เวลา',
    retry: 'ลองอีกครั้ง',
    retry_later: 'ลองอีกครั้งภายหลัง',
    refresh: 'รีเฟรช',
    cancel_open_orders: 'ยกเลิกคำสั่งที่เปิดอยู่',
    adjust_price: 'ปรับราคา',
    adjust_quantity: 'ปรับจำนวน',
    adjust_leverage: 'ปรับเลเวอเรจ',
    edit_order: 'แก้ไขคำสั่ง',
    choose_contract: 'เลือกสัญญา',
    open_futures_account: 'เปิดบัญชีฟิวเจอร์ส',
    adjust_margin: 'ปรับมาร์จิ้น',
    split_batch: 'แบ่งเป็นชุดย่อย',
    contact_support: 'ติดต่อฝ่ายบริการลูกค้า',
    check_connection: 'ตรวจสอบการเชื่อมต่อ',
  },
  general: {
    unknown_code: {
      title: 'ข้อผิดพลาดที่ไม่รู้จัก (รหัส {code})',
      message: 'MEXC ส่งข้อผิดพลาดที่แอปนี้ไม่รู้จักกลับมา กรุณาลองอีกครั้งภายหลัง และติดต่อฝ่ายบริการลูกค้าหากยังเกิดขึ้นอีก',
    },
    network_error: {
      title: 'เชื่อมต่อ MEXC ไม่ได้',
      message: 'ไม่ได้รับการตอบกลับจาก MEXC จึงไม่แน่ใจว่าคำสั่งซื้อขายถูกวางแล้วหรือไม่ กรุณาตรวจสอบการเชื่อมต่อและคำสั่งซื้อขายของคุณก่อน แล้วจึงลองอีกครั้ง',
    },
    timeout: {
      title: 'คำขอหมดเวลา',
      message: 'MEXC ไม่ตอบกลับภายในเวลาที่กำหนด และคำสั่งซื้อขายอาจถูกวางไปแล้ว กรุณารีเฟรชคำสั่งซื้อขายเพื่อตรวจสอบก่อน แล้วจึงลองอีกครั้ง',
    },
    aborted: {
      title: 'คำขอถูกยกเลิก',
      message: 'คำขอถูกยกเลิกก่อนดำเนินการเสร็จ หากยังต้องการ กรุณาลองอีกครั้ง',
    },
    http_error: {
      title: 'MEXC ตอบกลับผิดปกติ',
      message: 'MEXC ตอบกลับด้วยหน้าข้อผิดพลาดที่ไม่คาดคิด (HTTP {status}) กรุณาลองอีกครั้งภายหลัง และติดต่อฝ่ายบริการลูกค้าหากยังเกิดขึ้นอีก',
    },
    http_forbidden: {
      title: 'การเข้าถึงถูกบล็อก',
      message: 'MEXC บล็อกการเชื่อมต่อนี้ ซึ่งมักเกิดจากภูมิภาคที่คุณอยู่ การใช้ VPN หรือที่อยู่ IP ของคุณ กรุณาตรวจสอบการเชื่อมต่อหรือ VPN หรือติดต่อฝ่ายบริการลูกค้า',
    },
    http_rate_limited: {
      title: 'คำขอมากเกินไป',
      message: 'MEXC กำลังจำกัดคำขอจากการเชื่อมต่อนี้ กรุณารอสักครู่แล้วลองอีกครั้ง',
    },
    http_server_error: {
      title: 'เซิร์ฟเวอร์ MEXC ขัดข้อง',
      message:
        'เซิร์ฟเวอร์ของ MEXC ส่งข้อผิดพลาดกลับมา (HTTP {status}) และคำสั่งซื้อขายของคุณอาจถูกวางไปแล้ว กรุณารีเฟรชคำสั่งซื้อขายเพื่อตรวจสอบก่อน แล้วจึงลองอีกครั้งภายหลัง',
    },
    websocket_error: {
      title: 'ข้อมูลเรียลไทม์ขัดข้อง',
      message: 'ฟีดข้อมูลตลาดและโพซิชันแบบเรียลไทม์เกิดข้อผิดพลาด ข้อมูลบนหน้าจออาจไม่เป็นปัจจุบัน กรุณารีเฟรชเพื่อเชื่อมต่อใหม่',
    },
    unknown_error: {
      title: 'เกิดข้อผิดพลาดบางอย่าง',
      message: 'เกิดข้อผิดพลาดที่ไม่คาดคิด กรุณาลองอีกครั้ง และติดต่อฝ่ายบริการลูกค้าหากยังเกิดขึ้นอีก',
    },
  },
} satisfies CommonTexts;

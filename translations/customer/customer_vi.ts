<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Welcome</source>
        <extracomment>Customer screen, between visits: title.</extracomment>
        <translation>Xin chào</translation>
    </message>
    <message>
        <source>A member of staff will guide you. You can choose your language at the top of this screen.</source>
        <extracomment>Customer screen, between visits: the staff will tell the customer what to do; languages are chosen at the top.</extracomment>
        <translation>Nhân viên sẽ hướng dẫn bạn. Bạn có thể chọn ngôn ngữ ở phía trên màn hình.</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <extracomment>Customer screen: title while the kiosk waits for the identity card on the card reader.</extracomment>
        <translation>Vui lòng đặt thẻ lên đầu đọc</translation>
    </message>
    <message>
        <source>Lay it flat and leave it there until the staff tell you to take it.</source>
        <extracomment>Customer screen: how to place the card on the reader.</extracomment>
        <translation>Đặt thẻ nằm phẳng và để yên cho đến khi nhân viên bảo bạn lấy ra.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <extracomment>Customer screen: title while the staff type what the card needs (not the PIN).</extracomment>
        <translation>Vui lòng chờ</translation>
    </message>
    <message>
        <source>The staff are preparing to read your card. Please leave it on the reader.</source>
        <extracomment>Customer screen: the staff prepare the reading; the card must stay on the reader.</extracomment>
        <translation>Nhân viên đang chuẩn bị đọc thẻ của bạn. Vui lòng để thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <source>Please enter your 4-digit PIN</source>
        <extracomment>Customer screen: title when the customer types the card&apos;s 4-digit PIN (暗証番号).</extracomment>
        <translation>Vui lòng nhập mã PIN 4 chữ số</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <extracomment>Customer screen: title while the chip is read.</extracomment>
        <translation>Đang đọc thẻ của bạn</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <extracomment>Customer screen: moving the card breaks the reading.</extracomment>
        <translation>Vui lòng không di chuyển thẻ.</translation>
    </message>
    <message>
        <source>Reading is finished</source>
        <extracomment>Customer screen: title when the chip has been read.</extracomment>
        <translation>Đã đọc xong</translation>
    </message>
    <message>
        <source>Please take your card from the reader.</source>
        <extracomment>Customer screen: the customer takes their card back from the reader.</extracomment>
        <translation>Vui lòng lấy thẻ ra khỏi đầu đọc.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Customer screen at the end of the visit: title.</extracomment>
        <translation>Xin cảm ơn</translation>
    </message>
    <message>
        <source>Your information has been erased from this terminal.</source>
        <extracomment>Customer screen at the end of the visit: nothing read from the card stays on this terminal.</extracomment>
        <translation>Thông tin của bạn đã được xóa khỏi máy này.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <extracomment>Customer screen, under the PIN title; %1 is how many wrong PINs the card still accepts before it locks.</extracomment>
        <translation>Số lần còn lại: %1</translation>
    </message>
    <message>
        <source>The staff cannot see your PIN.</source>
        <extracomment>Customer screen, beside the PIN field: the PIN is shown to nobody.</extracomment>
        <translation>Nhân viên không thể nhìn thấy mã PIN của bạn.</translation>
    </message>
    <message>
        <source>PIN, 4 digits</source>
        <extracomment>Customer screen: accessible name of the PIN field (read out by a screen reader).</extracomment>
        <translation>Mã PIN, 4 chữ số</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Customer screen: button that sends the PIN.</extracomment>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Customer screen, keypad: key that empties the PIN field.</extracomment>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Customer screen, keypad: key that deletes the last digit.</extracomment>
        <translation>Xóa một số</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>Customer screen: button that makes all text on this screen larger.</extracomment>
        <translation>Chữ lớn hơn</translation>
    </message>
    <message>
        <source>Normal text</source>
        <extracomment>Customer screen: button that returns the text to its usual size.</extracomment>
        <translation>Chữ bình thường</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Customer screen: accessible description of each language button (the button itself says the language&apos;s own name).</extracomment>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
</TS>

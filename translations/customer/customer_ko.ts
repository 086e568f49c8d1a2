<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Welcome</source>
        <extracomment>Customer screen, between visits: title.</extracomment>
        <translation>환영합니다</translation>
    </message>
    <message>
        <source>A member of staff will guide you. You can choose your language at the top of this screen.</source>
        <extracomment>Customer screen, between visits: the staff will tell the customer what to do; languages are chosen at the top.</extracomment>
        <translation>직원이 안내해 드립니다. 화면 위쪽에서 언어를 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <extracomment>Customer screen: title while the kiosk waits for the identity card on the card reader.</extracomment>
        <translation>카드를 리더기에 올려 주세요</translation>
    </message>
    <message>
        <source>Lay it flat and leave it there until the staff tell you to take it.</source>
        <extracomment>Customer screen: how to place the card on the reader.</extracomment>
        <translation>평평하게 올려 두고, 직원이 말할 때까지 그대로 두세요.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <extracomment>Customer screen: title while the staff type what the card needs (not the PIN).</extracomment>
        <translation>잠시 기다려 주세요</translation>
    </message>
    <message>
        <source>The staff are preparing to read your card. Please leave it on the reader.</source>
        <extracomment>Customer screen: the staff prepare the reading; the card must stay on the reader.</extracomment>
        <translation>직원이 카드를 읽을 준비를 하고 있습니다. 카드를 리더기 위에 그대로 두세요.</translation>
    </message>
    <message>
        <source>Please enter your 4-digit PIN</source>
        <extracomment>Customer screen: title when the customer types the card&apos;s 4-digit PIN (暗証番号).</extracomment>
        <translation>4자리 비밀번호를 입력해 주세요</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <extracomment>Customer screen: title while the chip is read.</extracomment>
        <translation>카드를 읽고 있습니다</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <extracomment>Customer screen: moving the card breaks the reading.</extracomment>
        <translation>카드를 움직이지 마세요.</translation>
    </message>
    <message>
        <source>Reading is finished</source>
        <extracomment>Customer screen: title when the chip has been read.</extracomment>
        <translation>읽기가 끝났습니다</translation>
    </message>
    <message>
        <source>Please take your card from the reader.</source>
        <extracomment>Customer screen: the customer takes their card back from the reader.</extracomment>
        <translation>리더기에서 카드를 가져가 주세요.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Customer screen at the end of the visit: title.</extracomment>
        <translation>감사합니다</translation>
    </message>
    <message>
        <source>Your information has been erased from this terminal.</source>
        <extracomment>Customer screen at the end of the visit: nothing read from the card stays on this terminal.</extracomment>
        <translation>고객님의 정보는 이 단말기에서 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <extracomment>Customer screen, under the PIN title; %1 is how many wrong PINs the card still accepts before it locks.</extracomment>
        <translation>남은 횟수: %1</translation>
    </message>
    <message>
        <source>The staff cannot see your PIN.</source>
        <extracomment>Customer screen, beside the PIN field: the PIN is shown to nobody.</extracomment>
        <translation>직원은 비밀번호를 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>PIN, 4 digits</source>
        <extracomment>Customer screen: accessible name of the PIN field (read out by a screen reader).</extracomment>
        <translation>비밀번호, 4자리</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Customer screen: button that sends the PIN.</extracomment>
        <translation>확인</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Customer screen, keypad: key that empties the PIN field.</extracomment>
        <translation>전체 삭제</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Customer screen, keypad: key that deletes the last digit.</extracomment>
        <translation>한 칸 삭제</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>Customer screen: button that makes all text on this screen larger.</extracomment>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>Normal text</source>
        <extracomment>Customer screen: button that returns the text to its usual size.</extracomment>
        <translation>글자 보통</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Customer screen: accessible description of each language button (the button itself says the language&apos;s own name).</extracomment>
        <translation>언어</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Welcome</source>
        <extracomment>Customer screen, between visits: title.</extracomment>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>A member of staff will guide you. You can choose your language at the top of this screen.</source>
        <extracomment>Customer screen, between visits: the staff will tell the customer what to do; languages are chosen at the top.</extracomment>
        <translation>工作人员会为您引导。您可以在屏幕上方选择语言。</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <extracomment>Customer screen: title while the kiosk waits for the identity card on the card reader.</extracomment>
        <translation>请将您的卡片放在读卡器上</translation>
    </message>
    <message>
        <source>Lay it flat and leave it there until the staff tell you to take it.</source>
        <extracomment>Customer screen: how to place the card on the reader.</extracomment>
        <translation>请平放，在工作人员通知您之前请不要拿走。</translation>
    </message>
    <message>
        <source>Please wait</source>
        <extracomment>Customer screen: title while the staff type what the card needs (not the PIN).</extracomment>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>The staff are preparing to read your card. Please leave it on the reader.</source>
        <extracomment>Customer screen: the staff prepare the reading; the card must stay on the reader.</extracomment>
        <translation>工作人员正在准备读取您的卡片。请将卡片留在读卡器上。</translation>
    </message>
    <message>
        <source>Please enter your 4-digit PIN</source>
        <extracomment>Customer screen: title when the customer types the card&apos;s 4-digit PIN (暗証番号).</extracomment>
        <translation>请输入4位数密码</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <extracomment>Customer screen: title while the chip is read.</extracomment>
        <translation>正在读取您的卡片</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <extracomment>Customer screen: moving the card breaks the reading.</extracomment>
        <translation>请不要移动卡片。</translation>
    </message>
    <message>
        <source>Reading is finished</source>
        <extracomment>Customer screen: title when the chip has been read.</extracomment>
        <translation>读取完毕</translation>
    </message>
    <message>
        <source>Please take your card from the reader.</source>
        <extracomment>Customer screen: the customer takes their card back from the reader.</extracomment>
        <translation>请从读卡器上取回您的卡片。</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Customer screen at the end of the visit: title.</extracomment>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>Your information has been erased from this terminal.</source>
        <extracomment>Customer screen at the end of the visit: nothing read from the card stays on this terminal.</extracomment>
        <translation>您的信息已从本终端删除。</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <extracomment>Customer screen, under the PIN title; %1 is how many wrong PINs the card still accepts before it locks.</extracomment>
        <translation>剩余次数：%1</translation>
    </message>
    <message>
        <source>The staff cannot see your PIN.</source>
        <extracomment>Customer screen, beside the PIN field: the PIN is shown to nobody.</extracomment>
        <translation>工作人员看不到您的密码。</translation>
    </message>
    <message>
        <source>PIN, 4 digits</source>
        <extracomment>Customer screen: accessible name of the PIN field (read out by a screen reader).</extracomment>
        <translation>密码，4位数</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Customer screen: button that sends the PIN.</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Customer screen, keypad: key that empties the PIN field.</extracomment>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Customer screen, keypad: key that deletes the last digit.</extracomment>
        <translation>删除一位</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>Customer screen: button that makes all text on this screen larger.</extracomment>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Normal text</source>
        <extracomment>Customer screen: button that returns the text to its usual size.</extracomment>
        <translation>标准文字</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Customer screen: accessible description of each language button (the button itself says the language&apos;s own name).</extracomment>
        <translation>语言</translation>
    </message>
</context>
</TS>

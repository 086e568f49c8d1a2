<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en">
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Welcome</source>
        <extracomment>Customer screen, between visits: title.</extracomment>
        <translation>स्वागत छ</translation>
    </message>
    <message>
        <source>A member of staff will guide you. You can choose your language at the top of this screen.</source>
        <extracomment>Customer screen, between visits: the staff will tell the customer what to do; languages are chosen at the top.</extracomment>
        <translation>कर्मचारीले तपाईंलाई सहयोग गर्नुहुनेछ। तपाईं यो स्क्रिनको माथिबाट भाषा छान्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <extracomment>Customer screen: title while the kiosk waits for the identity card on the card reader.</extracomment>
        <translation>कृपया आफ्नो कार्ड रिडरमा राख्नुहोस्</translation>
    </message>
    <message>
        <source>Lay it flat and leave it there until the staff tell you to take it.</source>
        <extracomment>Customer screen: how to place the card on the reader.</extracomment>
        <translation>कार्डलाई समतल राख्नुहोस् र कर्मचारीले नभनेसम्म त्यहीँ छोड्नुहोस्।</translation>
    </message>
    <message>
        <source>Please wait</source>
        <extracomment>Customer screen: title while the staff type what the card needs (not the PIN).</extracomment>
        <translation>कृपया पर्खनुहोस्</translation>
    </message>
    <message>
        <source>The staff are preparing to read your card. Please leave it on the reader.</source>
        <extracomment>Customer screen: the staff prepare the reading; the card must stay on the reader.</extracomment>
        <translation>कर्मचारीले तपाईंको कार्ड पढ्ने तयारी गर्दै हुनुहुन्छ। कृपया कार्ड रिडरमै राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Please enter your 4-digit PIN</source>
        <extracomment>Customer screen: title when the customer types the card&apos;s 4-digit PIN (暗証番号).</extracomment>
        <translation>कृपया आफ्नो 4 अङ्कको PIN हाल्नुहोस्</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <extracomment>Customer screen: title while the chip is read.</extracomment>
        <translation>तपाईंको कार्ड पढिँदै छ</translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <extracomment>Customer screen: moving the card breaks the reading.</extracomment>
        <translation>कृपया कार्ड नचलाउनुहोस्।</translation>
    </message>
    <message>
        <source>Reading is finished</source>
        <extracomment>Customer screen: title when the chip has been read.</extracomment>
        <translation>पढ्ने काम सकियो</translation>
    </message>
    <message>
        <source>Please take your card from the reader.</source>
        <extracomment>Customer screen: the customer takes their card back from the reader.</extracomment>
        <translation>कृपया रिडरबाट आफ्नो कार्ड लिनुहोस्।</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Customer screen at the end of the visit: title.</extracomment>
        <translation>धन्यवाद</translation>
    </message>
    <message>
        <source>Your information has been erased from this terminal.</source>
        <extracomment>Customer screen at the end of the visit: nothing read from the card stays on this terminal.</extracomment>
        <translation>तपाईंको जानकारी यो टर्मिनलबाट मेटाइएको छ।</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <extracomment>Customer screen, under the PIN title; %1 is how many wrong PINs the card still accepts before it locks.</extracomment>
        <translation>बाँकी प्रयास: %1</translation>
    </message>
    <message>
        <source>The staff cannot see your PIN.</source>
        <extracomment>Customer screen, beside the PIN field: the PIN is shown to nobody.</extracomment>
        <translation>कर्मचारीले तपाईंको PIN देख्न सक्नुहुन्न।</translation>
    </message>
    <message>
        <source>PIN, 4 digits</source>
        <extracomment>Customer screen: accessible name of the PIN field (read out by a screen reader).</extracomment>
        <translation>PIN, 4 अङ्क</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Customer screen: button that sends the PIN.</extracomment>
        <translation>ठीक छ</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Customer screen, keypad: key that empties the PIN field.</extracomment>
        <translation>सबै मेटाउने</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Customer screen, keypad: key that deletes the last digit.</extracomment>
        <translation>एउटा मेटाउने</translation>
    </message>
    <message>
        <source>Larger text</source>
        <extracomment>Customer screen: button that makes all text on this screen larger.</extracomment>
        <translation>ठूलो अक्षर</translation>
    </message>
    <message>
        <source>Normal text</source>
        <extracomment>Customer screen: button that returns the text to its usual size.</extracomment>
        <translation>सामान्य अक्षर</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Customer screen: accessible description of each language button (the button itself says the language&apos;s own name).</extracomment>
        <translation>भाषा</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActiveAuthentication</name>
    <message>
        <source>DG15 does not start with 6F</source>
        <translation>DG15 が 6F で始まっていません</translation>
    </message>
    <message>
        <source>DG15 holds no public key OpenSSL can read</source>
        <translation>DG15 に読み取れる公開鍵がありません</translation>
    </message>
    <message>
        <source>the recovered message does not start with 6A (ISO/IEC 9796-2 partial recovery)</source>
        <translation>復元したメッセージが 6A で始まっていません（ISO/IEC 9796-2 部分復元）</translation>
    </message>
    <message>
        <source>the recovered message ends in an unknown trailer</source>
        <translation>復元したメッセージの末尾（トレーラ）が不明です</translation>
    </message>
    <message>
        <source>the recovered message is too short for its hash</source>
        <translation>復元したメッセージがハッシュに対して短すぎます</translation>
    </message>
    <message>
        <source>the chip&apos;s signature does not cover this challenge</source>
        <translation>チップの署名はこのチャレンジに対するものではありません</translation>
    </message>
    <message>
        <source>DG14 names an ECDSA algorithm this version does not know</source>
        <translation>DG14 が示す ECDSA アルゴリズムはこの版では扱えません</translation>
    </message>
    <message>
        <source>the chip&apos;s ECDSA signature over the challenge is wrong</source>
        <translation>チャレンジに対するチップの ECDSA 署名が正しくありません</translation>
    </message>
    <message>
        <source>DG15 holds neither an RSA nor an EC key</source>
        <translation>DG15 の鍵が RSA でも EC でもありません</translation>
    </message>
    <message>
        <source>the signature has %1 bytes; the key needs %2</source>
        <translation>署名は %1 バイトですが、鍵は %2 バイトを必要とします</translation>
    </message>
    <message>
        <source>the RSA public operation on the signature failed</source>
        <translation>署名に対する RSA 公開鍵演算に失敗しました</translation>
    </message>
</context>
<context>
    <name>BacProtocol</name>
    <message>
        <source>the chip&apos;s answer has %1 bytes, not 40</source>
        <translation>チップの応答が 40 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <source>the MAC of the chip&apos;s answer is wrong</source>
        <translation>チップの応答の MAC が正しくありません</translation>
    </message>
    <message>
        <source>the chip&apos;s answer does not hold the challenges of this exchange</source>
        <translation>チップの応答にこのやり取りの乱数が含まれていません</translation>
    </message>
    <message>
        <source>the chip does not offer BAC (%1)</source>
        <translation>チップは BAC に対応していません（%1）</translation>
    </message>
    <message>
        <source>the chip accepts PACE only (6A88 to BAC)</source>
        <translation>チップは PACE のみ受け付けます（BAC に 6A88）</translation>
    </message>
</context>
<context>
    <name>CameraRow</name>
    <message>
        <source>Stop the camera</source>
        <extracomment>Button: read the document with the counter&apos;s camera (a document camera or webcam).</extracomment>
        <translation>カメラを止める</translation>
    </message>
    <message>
        <source>Read with the camera</source>
        <translation>カメラで読み取る</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1. Type the values instead.</source>
        <translation>カメラを使えません：%1。値を入力してください。</translation>
    </message>
    <message>
        <source>Read by the camera (highlighted): %1, then press &quot;Read the card&quot;.</source>
        <translation>カメラで読み取りました（強調表示）。%1、「カードを読み取る」を押してください。</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>no camera is attached</source>
        <extracomment>No camera (or not the one set in madoguchi.conf [camera] device) is attached.</extracomment>
        <translation>カメラが接続されていません</translation>
    </message>
    <message>
        <source>the camera %1 is not attached</source>
        <translation>カメラ %1 が接続されていません</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>カメラ %1</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>カメラ</translation>
    </message>
</context>
<context>
    <name>CardFileTlv</name>
    <message>
        <source>no data object at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag cut short at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length missing at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length cut short at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length form %1 not used by these cards at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object at offset %1 runs past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardFrontReader</name>
    <message>
        <source>no card in the picture</source>
        <translation>画像にカードが見つかりません</translation>
    </message>
</context>
<context>
    <name>CardImageOptions</name>
    <message>
        <source>A photo or scan of the document (PNG, JPEG) to read the credential off instead of typing it: a passport&apos;s data page (the MRZ, every check digit checked), a My Number card&apos;s front (birth date, expiry year and security code for 照合番号B) or a residence card&apos;s front (its card number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the credential either typed (--%1) or as --card-image, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--card-image %1: not a picture that can be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--card-image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--card-image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--card-image %1: nothing could be read off it (passport MRZ: %2; My Number card: %3; residence card: %4). Type the credential instead (--mrz, --collation-b or its parts, --card-number).</source>
        <extracomment>%1 the file; %2, %3, %4 why each document&apos;s values could not be read off it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Place the card on the reader</source>
        <extracomment>Step 2 title.</extracomment>
        <translation>カードをリーダーに置いてください</translation>
    </message>
    <message>
        <source>My Number card · driver&apos;s licence
residence card · passport</source>
        <extracomment>Inside the animated frame on step 2.</extracomment>
        <translation>マイナンバーカード・運転免許証
在留カード・旅券</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button back to step 1.</extracomment>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>CardRead</name>
    <message>
        <source>This card is not an identity document madoguchi can read. Take it off and place another.</source>
        <extracomment>The card answered none of the identity documents&apos; applications.</extracomment>
        <translation>このカードは読み取れる本人確認書類ではありません。カードを外して、別のカードを置いてください。</translation>
    </message>
    <message>
        <source>This is a smartphone with the My Number card function (%1), not the card. The card-face data (name, address, photo) cannot be read from a phone here. Ask the customer for the plastic My Number card.</source>
        <extracomment>A smartphone with the My Number card function (スマホ用電子証明書) was placed instead of the card.</extracomment>
        <translation>これはマイナンバーカード機能を搭載したスマートフォン（%1）で、カードではありません。券面の情報（氏名・住所・写真）はスマートフォンからは読み取れません。お客様にマイナンバーカード（実物）の提示をお願いしてください。</translation>
    </message>
    <message>
        <source>This is a phone or tag presenting a mobile document, not an identity card. Nothing can be read from it here. Ask the customer for the plastic card.</source>
        <extracomment>A phone presenting a mobile document (ISO/IEC 18013-5) or an NFC tag was placed instead of a card.</extracomment>
        <translation>これはモバイル文書を提示するスマートフォンまたはタグで、本人確認書類のカードではありません。ここでは何も読み取れません。お客様にカード（実物）の提示をお願いしてください。</translation>
    </message>
    <message>
        <source>This card is on the My Number card platform, but of a kind this terminal does not support yet (for example a next-generation card). Use the counter&apos;s other procedure.</source>
        <extracomment>A My Number card platform answered (JPKI), but not the applications this version reads.</extracomment>
        <translation>マイナンバーカードの仕組みのカードですが、この端末がまだ対応していない種類です（次期カードなど）。窓口の別の手順で確認してください。</translation>
    </message>
    <message>
        <source>the card&apos;s type could not be read</source>
        <translation>カード種別を読み取れませんでした</translation>
    </message>
    <message>
        <source>the My Number credential was not accepted</source>
        <translation>マイナンバーカードの照合情報が受け付けられませんでした</translation>
    </message>
</context>
<context>
    <name>CardVerifiableCertificate</name>
    <message>
        <source>certificate file: no 7F21 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: body (5F4E) or signature (5F37) missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate body too short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipAuthentication</name>
    <message>
        <source>Chip Authentication with DH is not supported by this version</source>
        <translation>DH によるチップ認証はこの版では扱えません</translation>
    </message>
    <message>
        <source>DG14&apos;s chip-authentication key is not an EC key on a curve OpenSSL knows</source>
        <translation>DG14 のチップ認証鍵が既知の楕円曲線の EC 鍵ではありません</translation>
    </message>
    <message>
        <source>the chip refused %1 (%2)</source>
        <extracomment>%1: the command refused (e.g. MSE:Set KAT); %2: the status word and its meaning.</extracomment>
        <translation>チップが %1 を拒否しました（%2）</translation>
    </message>
</context>
<context>
    <name>CollationNumberB</name>
    <message>
        <source>the birth date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date is before the Meiji era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security code has 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号B has 14 digits: birth date (6), expiry year (4), security code (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date part (first 6 digits) is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry year (digits 7-10) is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandApdu</name>
    <message>
        <source>command shorter than its 4-byte header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short Lc does not match the command length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated extended length field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended Lc of zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended Lc does not match the command length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationPanel</name>
    <message>
        <source>Photo shows the person here</source>
        <extracomment>Staff confirmation (目視確認): the chip&apos;s photo shows the person at the counter.</extracomment>
        <translation>顔写真が来庁者本人である</translation>
    </message>
    <message>
        <source>Card face matches the chip (name, birth date, residence items)</source>
        <extracomment>Staff confirmation: the card&apos;s face matches the chip, residence cards (chip-only items included).</extracomment>
        <translation>券面がICチップと一致する（氏名・生年月日・在留事項）</translation>
    </message>
    <message>
        <source>Card face matches the chip (name, birth date)</source>
        <translation>券面がICチップと一致する（氏名・生年月日）</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>相違なし</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>確認できず</translation>
    </message>
    <message>
        <source>Looks like another person</source>
        <translation>別人に見える</translation>
    </message>
    <message>
        <source>Photo unclear on the chip</source>
        <translation>チップの写真が不鮮明</translation>
    </message>
    <message>
        <source>Face covered</source>
        <translation>顔が隠れている</translation>
    </message>
    <message>
        <source>Name differs</source>
        <translation>氏名が異なる</translation>
    </message>
    <message>
        <source>Birth date differs</source>
        <translation>生年月日が異なる</translation>
    </message>
    <message>
        <source>Residence items differ</source>
        <translation>在留事項が異なる</translation>
    </message>
    <message>
        <source>Card face damaged or unreadable</source>
        <translation>券面が破損・判読不能</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Placeholder: a reason for 相違あり / 確認できず, chosen or typed.</extracomment>
        <translation>理由</translation>
    </message>
    <message>
        <source>Print the application forms anyway, because:</source>
        <extracomment>Offered after 相違あり or 確認できず: print the application forms as well, with a reason.</extracomment>
        <translation>それでも申請書を印刷する。理由：</translation>
    </message>
</context>
<context>
    <name>CoseSign1</name>
    <message>
        <source>not CBOR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CBOR tag other than COSE_Sign1 (18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a COSE_Sign1 [protected, unprotected, payload, signature]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm %1 is not ES256 or ES384</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPage</name>
    <message>
        <source>Read the card</source>
        <extracomment>Button that sends the credential and reads the card.</extracomment>
        <translation>カードを読み取る</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button: leave the credential step (ends the visit).</extracomment>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>DEMO card:</source>
        <extracomment>Demo mode panel: virtual cards only, never real people.</extracomment>
        <translation>デモ用カード：</translation>
    </message>
    <message>
        <source>Demo persona</source>
        <extracomment>Demo mode: box of fictional card holders.</extracomment>
        <translation>デモの人物</translation>
    </message>
    <message>
        <source>Demo card type</source>
        <extracomment>Demo mode: box of card types.</extracomment>
        <translation>デモのカード種別</translation>
    </message>
    <message>
        <source>Demo card fault</source>
        <extracomment>Demo mode: box of faults the virtual card can have.</extracomment>
        <translation>デモの故障</translation>
    </message>
    <message>
        <source>Place card</source>
        <extracomment>Demo mode: button that puts the virtual card on the reader.</extracomment>
        <translation>カードを置く</translation>
    </message>
    <message>
        <source>Take card</source>
        <extracomment>Demo mode: button that takes the virtual card off.</extracomment>
        <translation>カードを取る</translation>
    </message>
</context>
<context>
    <name>DocumentType</name>
    <message>
        <source>Unsupported card</source>
        <translation>対応していないカード</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>旅券（パスポート）</translation>
    </message>
    <message>
        <source>My Number card with driving licence</source>
        <translation>マイナンバーカード（免許情報記録あり）</translation>
    </message>
    <message>
        <source>Specified residence card (特定在留カード)</source>
        <extracomment>Card type 07: a My Number card that carries the residence card (特定在留カード).</extracomment>
        <translation>特定在留カード</translation>
    </message>
    <message>
        <source>Specified special permanent resident certificate (特定特別永住者証明書)</source>
        <extracomment>Card type 08: a My Number card that carries the special permanent resident certificate.</extracomment>
        <translation>特定特別永住者証明書</translation>
    </message>
</context>
<context>
    <name>EvidenceSeal</name>
    <message>
        <source>the QR code holds no signed record (no %1 prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed payload is not a version-%1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QR code&apos;s record is not Base45 of a compressed record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceSigner</name>
    <message>
        <source>signing key %1: no such file</source>
        <translation>署名鍵 %1 がありません</translation>
    </message>
    <message>
        <source>signing key %1: readable by other users; make it readable by the kiosk user only (chmod 600)</source>
        <extracomment>The evidence signing key file may be read by other users.</extracomment>
        <translation>署名鍵 %1 を他のユーザーが読めます。キオスクのユーザーだけが読めるようにしてください（chmod 600）</translation>
    </message>
    <message>
        <source>signing key %1: no private key there</source>
        <translation>署名鍵 %1 に秘密鍵がありません</translation>
    </message>
    <message>
        <source>signing key %1: not an EC key on P-256 or P-384</source>
        <translation>署名鍵 %1 は P-256 / P-384 の楕円曲線鍵ではありません</translation>
    </message>
    <message>
        <source>signing certificate %1: %2</source>
        <translation>署名用証明書 %1: %2</translation>
    </message>
    <message>
        <source>signing certificate %1: not a PEM certificate</source>
        <translation>署名用証明書 %1 は PEM 形式の証明書ではありません</translation>
    </message>
    <message>
        <source>the signing certificate %1 is not the signing key&apos;s</source>
        <translation>署名用証明書 %1 は署名鍵のものではありません</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>no terminal certificate in the trust directory has key id %1</source>
        <extracomment>madoguchi-verify: %1 the key id (hex) of a record whose terminal certificate is not in the trust directory.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of terminal %1 does not chain to the CA in the trust directory: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of terminal %1 does not verify: the record was altered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceImage</name>
    <message>
        <source>DG2 does not start with 75</source>
        <translation type="unfinished">DG15 が 6F で始まっていません {2 ?} {75?}</translation>
    </message>
    <message>
        <source>DG2 holds no biometric information group (7F61)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG2 holds no biometric template (7F60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG2: %1</source>
        <extracomment>%1: what is wrong with the face data group (a parser message).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG2&apos;s facial record is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG2&apos;s biometric data block is not a facial record (FAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG2&apos;s facial record holds no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG2&apos;s facial record lengths do not fit its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG2 says JPEG 2000, but the image is neither a JP2 file nor a codestream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG2&apos;s image data type %1 is not JPEG or JPEG 2000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>READ BINARY (B1) answer is not a 53 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card returned more bytes than asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file header announces %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file larger than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file ends after %1 bytes; its header announces %2</source>
        <extracomment>%1 bytes read before the card reported the end; %2 announced by the file&apos;s header.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too short for its header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormLibrary</name>
    <message>
        <source>form %1 is defined twice (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no form templates in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose %1 prints form %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <source>nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no default printer is set up; ask IT to set one in CUPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; is not set up in CUPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer &quot;%1&quot; could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer &quot;%1&quot; refused a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the print job could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>nothing to render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormTemplate</name>
    <message>
        <source>cannot open form template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>id and title.ja are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <extracomment>%1: the item number in the template; %2: its binding or label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown type</source>
        <extracomment>%1: the template item (item N (binding)).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside the %2 × %3 mm page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a positive w and h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown binding &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: boxes need a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a checkbox needs the value that checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: font sizes must be positive, minSize ≤ size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form needs items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityRecord</name>
    <message>
        <source>integrity record: no FF30 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity record: digests (DF31, DF32) or signature (DF33) missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear</source>
        <extracomment>Keypad key that empties the field.</extracomment>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Keypad key that deletes the last digit.</extracomment>
        <translation>1字消す</translation>
    </message>
</context>
<context>
    <name>KioskConfigFile</name>
    <message>
        <source>not a plain name: use up to %1 letters A–Z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (the value is not shown)</source>
        <extracomment>The value is not repeated, in case a person&apos;s name was typed in by mistake: it would reach the log.</extracomment>
        <translation>単純な名前ではありません。英字 A–Z、数字、「.」「_」「-」で %1 文字以内にしてください(値は表示しません)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of seconds from %2 to %3</source>
        <translation>「%1」は %2〜%3 の秒数(整数)ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the kiosk has; it has: %2</source>
        <translation>「%1」はこのキオスクの言語ではありません。使える言語: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path</source>
        <translation>「%1」は絶対パスではありません</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: no such directory</source>
        <translation>%1: ディレクトリがありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither auto (when a second screen is attached) nor always</source>
        <translation>「%1」は auto(2 台目の画面があるとき)でも always でもありません</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 が 2 回指定されています</translation>
    </message>
    <message>
        <source>at least one language must be offered</source>
        <translation>言語を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>at least one directory of production trust anchors must be named</source>
        <translation>本番用トラストアンカーのディレクトリを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>[%1] is not a section; the sections are %2</source>
        <translation>[%1] というセクションはありません。セクション: %2</translation>
    </message>
    <message>
        <source>%1 is not a setting of [%2]; its settings are %3</source>
        <extracomment>%1: the unknown setting; %2: the section; %3: the settings the section has.</extracomment>
        <translation>%1 は [%2] の設定項目ではありません。設定項目: %3</translation>
    </message>
    <message>
        <source>line %1: [%2] %3: %4</source>
        <extracomment>%1: line number of madoguchi.conf; %2: section; %3: setting; %4: what is wrong with its value.</extracomment>
        <translation>%1 行目: [%2] %3: %4</translation>
    </message>
    <message>
        <source>the idle warning (%1 s) must be shorter than the idle timeout (%2 s)</source>
        <translation>無操作の警告(%1 秒)は無操作タイムアウト(%2 秒)より短くしてください</translation>
    </message>
    <message>
        <source>the default language %1 is not among those offered (%2)</source>
        <translation>既定の言語 %1 が提供する言語(%2)に含まれていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address</source>
        <extracomment>madoguchi.conf: the revocation inquiry page must be an https address.</extracomment>
        <translation>「%1」は https:// のアドレスではありません</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Reading was cancelled.</source>
        <extracomment>End-of-visit notice on the purpose page: staff cancelled the reading.</extracomment>
        <translation>読み取りを中止しました。</translation>
    </message>
    <message>
        <source>Finished. The customer&apos;s data has been erased.</source>
        <extracomment>End-of-visit notice on the purpose page after Finish.</extracomment>
        <translation>終了しました。お客様の情報は消去しました。</translation>
    </message>
    <message>
        <source>No activity: this visit ends in %1 seconds. Touch the screen to continue.</source>
        <extracomment>Shown before an idle session ends; any touch keeps it.</extracomment>
        <translation>操作がありません。%1秒後に終了します。続ける場合は画面に触れてください。</translation>
    </message>
    <message>
        <source>The visit ended after a time without activity. The data has been erased.</source>
        <extracomment>End-of-visit notice after the idle timeout.</extracomment>
        <translation>一定時間操作がなかったため終了しました。情報は消去しました。</translation>
    </message>
    <message>
        <source>madoguchi</source>
        <extracomment>Window title: the product name (窓口, &quot;counter&quot;); usually left as is.</extracomment>
        <translation>窓口 madoguchi</translation>
    </message>
    <message>
        <source>DEMO / TEST</source>
        <extracomment>Permanent banner in demo mode and whenever test trust anchors are loaded.</extracomment>
        <translation>デモ／テスト</translation>
    </message>
    <message>
        <source>Switch language</source>
        <extracomment>Accessible name of the language toggle button (the button shows the other language&apos;s name).</extracomment>
        <translation>言語を切り替える</translation>
    </message>
    <message>
        <source>Card found: checking what it is…</source>
        <extracomment>While the card type is being found.</extracomment>
        <translation>カードを確認しています…</translation>
    </message>
    <message>
        <source>The card was taken off the reader: the visit ended and its data has been erased.</source>
        <extracomment>End-of-visit notice when the card was removed.</extracomment>
        <translation>カードが取り外されたため終了しました。情報は消去しました。</translation>
    </message>
    <message>
        <source>Sent to the printer (%1 pages).</source>
        <extracomment>After the job went to the printer.</extracomment>
        <translation>プリンターに送りました（%1ページ）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Reader status line: reader name and whether a card is on it.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>カードあり</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>カードなし</translation>
    </message>
    <message>
        <source>This computer&apos;s settings can keep customers&apos; data (tell the administrator):</source>
        <extracomment>Heading of the self-check banner, for the administrator; the findings follow, one per line.</extracomment>
        <translation>このパソコンの設定ではお客様のデータが残るおそれがあります（管理者に連絡してください）：</translation>
    </message>
    <message>
        <source>%1 (Reader “%2”: %3.)</source>
        <extracomment>%1: what to do (ReaderError&apos;s sentence); %2: the reader&apos;s name; %3: what it could not carry.</extracomment>
        <translation>%1（カードリーダー「%2」: %3）</translation>
    </message>
    <message>
        <source>No signing key is set: the records of the check (確認記録) print as unsigned (tell the administrator).</source>
        <extracomment>Self-check banner: no key to sign the 確認記録 is set (madoguchi.conf [evidence]).</extracomment>
        <translation>記録の署名鍵が設定されていません：確認記録は「署名なし」で印刷されます（管理者に連絡してください）。</translation>
    </message>
</context>
<context>
    <name>LdsFile</name>
    <message>
        <source>EF.COM lists no data groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG1 holds no MRZ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceChanges</name>
    <message>
        <source>change history: %1</source>
        <extracomment>%1: what is wrong with the licence change-history file (記載事項変更).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change history: no 50 (appended) flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change history: record %1 has tag %2, not 51–57</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change history: record %1: %2</source>
        <extracomment>%1: record number; %2: what is wrong with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change history: record %1: the date is not an era date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change history: record %1 has no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceChecks</name>
    <message>
        <source>the issuer&apos;s certificate (%1, key %2) is not installed; the police do not publish it</source>
        <translation type="unfinished">発行者の証明書（%1、鍵 %2）が導入されていません（警察庁は公開していません）</translation>
    </message>
    <message>
        <source>the installed certificate for key %1 names %2, the card names %3</source>
        <translation type="unfinished">鍵 %1 の導入済み証明書の主体者は %2、カードの記録は %3 です</translation>
    </message>
    <message>
        <source>%1 signed by %2</source>
        <extracomment>Check detail: %1 what was signed (e.g. the entries and the photo); %2 the signer named in the certificate.</extracomment>
        <translation>%1 は %2 により署名されています</translation>
    </message>
    <message>
        <source>%1 differ from what %2 signed</source>
        <extracomment>Check detail: %1 what was signed; %2 the signer: the data was changed after signing.</extracomment>
        <translation>%1 が %2 の署名内容と一致しません</translation>
    </message>
    <message>
        <source>the signature file could not be read (%1): the signature was not checked</source>
        <extracomment>%1: why the licence&apos;s signature file could not be read.</extracomment>
        <translation>署名ファイルを読み取れませんでした（%1）。署名は検証していません</translation>
    </message>
</context>
<context>
    <name>LicenceEntries</name>
    <message>
        <source>entry %1: not an era date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence entries: %1</source>
        <extracomment>%1: what is wrong with the licence entries file (a parser message).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence entries: the licence number is not 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence entries: no name (tag 12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceForm</name>
    <message>
        <source>The licence did not accept %1. Tries left: %2. Check the entry with the customer.</source>
        <extracomment>A licence PIN was refused; %1 is PIN1 or PIN2, %2 the tries it has left.</extracomment>
        <translation>免許証が%1を受け付けませんでした。残り回数：%2回。お客様と入力内容を確認してください。</translation>
    </message>
    <message>
        <source>PIN2</source>
        <translation>暗証番号2</translation>
    </message>
    <message>
        <source>PIN1</source>
        <translation>暗証番号1</translation>
    </message>
    <message>
        <source>The customer enters the licence&apos;s PIN1 and PIN2</source>
        <extracomment>Step 3 title for a driver&apos;s licence (with PINs set / without).</extracomment>
        <translation>お客様が免許証の暗証番号1と暗証番号2を入力します</translation>
    </message>
    <message>
        <source>This licence needs no PIN</source>
        <translation>この免許証は暗証番号の入力が不要です</translation>
    </message>
    <message>
        <source>Tries left on the card: PIN1 %1, PIN2 %2</source>
        <extracomment>Shown before any entry: the tries each licence PIN has left.</extracomment>
        <translation>カードの残り試行回数：暗証番号1 %1回、暗証番号2 %2回</translation>
    </message>
    <message>
        <source>A PIN of this licence is blocked. It can be reset only at a driver&apos;s licence centre or police station.</source>
        <extracomment>A licence PIN is reset only by the police (drivers-licence.md §A3).</extracomment>
        <translation>この免許証の暗証番号はロックされています。解除は運転免許センターまたは警察署でのみ行えます。</translation>
    </message>
    <message>
        <source>Only one try is left on a PIN: a wrong entry would block the licence. Do not enter it here; the customer can reset it at a driver&apos;s licence centre or police station.</source>
        <translation>暗証番号の残り試行回数が1回です。誤るとロックされるため、ここでは入力しないでください。お客様は運転免許センターまたは警察署で再設定できます。</translation>
    </message>
    <message>
        <source>PIN1, 4 digits</source>
        <extracomment>Accessible name.</extracomment>
        <translation>暗証番号1（4桁）</translation>
    </message>
    <message>
        <source>PIN2, 4 digits (for the photo)</source>
        <extracomment>Accessible name: PIN2 opens the photo.</extracomment>
        <translation>暗証番号2（4桁、写真の読み取り用）</translation>
    </message>
    <message>
        <source>The holder set no PIN on this licence: it opens with the default PIN. Press “%1”.</source>
        <translation>この免許証には暗証番号が設定されていません。既定の暗証番号で読み取ります。「%1」を押してください。</translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation>カードを読み取る</translation>
    </message>
    <message>
        <source>PIN2 opens the photo, which the signature covers. Each PIN has 3 tries.</source>
        <translation>暗証番号2で写真（署名の対象）を読み取ります。試行回数は各3回です。</translation>
    </message>
</context>
<context>
    <name>LicenceFreeFiles</name>
    <message>
        <source>common data: no 45 object of 11 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common data: issue or expiry date is not a BCD date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN-setting file is not 05 01 00/01</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceOptions</name>
    <message>
        <source>Driver&apos;s licence: PIN1 (4 digits) reads the entries; **** when the holder set no PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s licence: PIN2 as well, for the photo and the signature check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s licence: also read 本籍 (needs --pin2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number card holding a driving licence (マイナ免許証): the licence PIN (4 digits; **** when the holder set none), read after the My Number credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin2 needs --pin1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本籍 (--domicile) needs --pin2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a licence PIN has 4 digits (or **** when the holder set none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencePhoto</name>
    <message>
        <source>photo file: %1</source>
        <extracomment>%1: what is wrong with the licence photo file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo file: no 5F40 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo file: not a JPEG 2000 image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceReader</name>
    <message>
        <source>the signature covers the photo, which needs PIN2</source>
        <translation>署名は写真も対象とするため、暗証番号2が必要です</translation>
    </message>
    <message>
        <source>the holder set PINs</source>
        <translation>暗証番号は設定されています</translation>
    </message>
    <message>
        <source>the holder set no PIN: the default PIN was used, no entry needed</source>
        <translation>暗証番号が未設定のため、既定の暗証番号を使用しました（入力不要）</translation>
    </message>
    <message>
        <source>the PIN setting could not be read (%1): only PINs typed by the holder are used</source>
        <translation>暗証番号設定を読み取れません（%1）。入力された暗証番号のみを使用します</translation>
    </message>
    <message>
        <source>no PIN given: only the free data was read</source>
        <translation>暗証番号の入力がないため、共通データのみ読み取りました</translation>
    </message>
    <message>
        <source>no PIN was verified: nothing was read</source>
        <translation>暗証番号が照合されなかったため、何も読み取っていません</translation>
    </message>
    <message>
        <source>the entries say valid through %1, the common data %2</source>
        <extracomment>%1 and %2: two expiry dates (ISO 8601) that should agree.</extracomment>
        <translation>記載事項の有効期限は %1、共通データでは %2 です</translation>
    </message>
    <message>
        <source>entries, 外字 and photo</source>
        <translation>記載事項・外字・写真</translation>
    </message>
    <message>
        <source>the card holds change records (記載事項変更) that could not be read (%1): the address, name or conditions may have changed since the card was printed; look at the back of the card</source>
        <extracomment>%1: why the change records (記載事項変更, drivers-licence.md §A4) could not be read.</extracomment>
        <translation>読み取れない記載事項変更があります（%1）。券面の印字後に住所・氏名・条件が変わっている可能性があります。カード裏面を確認してください</translation>
    </message>
    <message>
        <source>the card holds 本籍 change records that could not be read (%1): 本籍 may have changed since the card was printed; look at the back of the card</source>
        <translation>読み取れない本籍の変更記録があります（%1）。券面の印字後に本籍が変わっている可能性があります。カード裏面を確認してください</translation>
    </message>
    <message>
        <source>the photo file could not be read (%1)</source>
        <extracomment>%1: why the photo file (DF2/EF01) could not be decoded.</extracomment>
        <translation>写真ファイルを読み取れませんでした（%1）</translation>
    </message>
</context>
<context>
    <name>LicenceSignature</name>
    <message>
        <source>signature file: %1</source>
        <extracomment>%1: what is wrong with the signature file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature file: no 256-byte signature (B1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>an MRZ has only capital letters, digits and &apos;&lt;&apos;</source>
        <translation>MRZ に使えるのは英大文字・数字・「&lt;」だけです</translation>
    </message>
    <message>
        <source>an MRZ has 2 × 44 (passport), 2 × 36 or 3 × 30 characters, not %1</source>
        <translation>MRZ は 44字×2行（旅券）、36字×2行、30字×3行のいずれかです（%1 字でした）</translation>
    </message>
</context>
<context>
    <name>MrzCorrection</name>
    <message>
        <source>not the two lines of 44 characters of a passport&apos;s machine-readable zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines read are not those of a passport&apos;s machine-readable zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character of the machine-readable zone could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many characters of the machine-readable zone are uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digits do not agree with what was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the machine-readable zone can be read %1 ways that all pass the check digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MrzKey</name>
    <message>
        <source>the document number has 1 to 9 letters and digits</source>
        <translation>旅券番号は英数字1〜9字です</translation>
    </message>
    <message>
        <source>a check digit of the MRZ is wrong: check the lines against the document</source>
        <translation>MRZ のチェックデジットが合いません。旅券の記載と照らし合わせてください</translation>
    </message>
    <message>
        <source>the birth date is YYMMDD, YYYYMMDD or YYYY-MM-DD</source>
        <translation>生年月日は YYMMDD、YYYYMMDD、YYYY-MM-DD のいずれかで入力してください</translation>
    </message>
    <message>
        <source>the expiry date is YYMMDD, YYYYMMDD or YYYY-MM-DD</source>
        <translation>有効期間満了日は YYMMDD、YYYYMMDD、YYYY-MM-DD のいずれかで入力してください</translation>
    </message>
    <message>
        <source>MRZ_information has 24 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check digit of the MRZ does not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MrzReader</name>
    <message>
        <source>the OCR B font is not installed (Debian: fonts-ocr-b)</source>
        <translation>OCR-B フォントがインストールされていません（Debian: fonts-ocr-b）</translation>
    </message>
    <message>
        <source>no machine-readable zone in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the machine-readable zone&apos;s characters could not be told apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyNumberForm</name>
    <message>
        <source>The card did not accept the licence PIN. Tries left: %1. Check the entry with the customer.</source>
        <extracomment>The マイナ免許証&apos;s licence PIN was refused; %1 tries are left.</extracomment>
        <translation>カードが免許証の暗証番号を受け付けませんでした。残り回数: %1。お客様と入力内容を確認してください。</translation>
    </message>
    <message>
        <source>The card did not accept it. Tries left: %1. Check the entry with the customer.</source>
        <extracomment>The card refused the PIN or 照合番号B; %1 tries are left.</extracomment>
        <translation>カードが受け付けませんでした。残り%1回です。お客様と入力内容を確認してください。</translation>
    </message>
    <message>
        <source>The customer enters the 4-digit PIN</source>
        <extracomment>Step 3 title for a My Number card read with the PIN.</extracomment>
        <translation>お客様が4桁の暗証番号を入力します</translation>
    </message>
    <message>
        <source>Enter 照合番号B from the card</source>
        <extracomment>Step 3 title for a My Number card read with 照合番号B.</extracomment>
        <translation>カード券面から照合番号Bを入力します</translation>
    </message>
    <message>
        <source>Tries left on the card: %1; licence PIN %2</source>
        <extracomment>Shown before any entry on a マイナ免許証: the tries of the My Number credential (%1) and of the licence PIN (%2).</extracomment>
        <translation>残り回数：%1回（免許証の暗証番号 %2回）</translation>
    </message>
    <message>
        <source>Tries left on the card: %1</source>
        <extracomment>Shown before any entry; %1 is the number of tries the card has left.</extracomment>
        <translation>残り回数：%1回</translation>
    </message>
    <message>
        <source>This card is blocked. It can be reset only at the municipal office (市区町村窓口).</source>
        <extracomment>Tells where a blocked My Number card is reset.</extracomment>
        <translation>このカードはロックされています。解除は市区町村窓口でのみ可能です。</translation>
    </message>
    <message>
        <source>Only one try is left: a wrong entry would block the card. Do not enter it here; the customer can reset it at the municipal office (市区町村窓口).</source>
        <translation>残り1回です。誤るとカードがロックされるため、ここでは入力しません。お客様は市区町村窓口で再設定できます。</translation>
    </message>
    <message>
        <source>PIN</source>
        <extracomment>Label of the My Number card PIN field (4 digits).</extracomment>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>When you press Read, the customer types the 4-digit PIN on the reader&apos;s own keypad and confirms there.</source>
        <extracomment>The reader has its own keypad: the PIN never passes through the kiosk.</extracomment>
        <translation>「カードを読み取る」を押すと、お客様がリーダー本体のキーで4桁の暗証番号を入力し、確定します。</translation>
    </message>
    <message>
        <source>PIN, 4 digits</source>
        <extracomment>Accessible name of the PIN field.</extracomment>
        <translation>暗証番号（4桁）</translation>
    </message>
    <message>
        <source>Birth date (as printed)</source>
        <extracomment>照合番号B: the birth date as the card prints it (和暦 or 西暦).</extracomment>
        <translation>生年月日（券面の表記）</translation>
    </message>
    <message>
        <source>Era of the birth date</source>
        <extracomment>Accessible name of the era box (昭和, 平成, 令和, 西暦).</extracomment>
        <translation>生年月日の元号</translation>
    </message>
    <message>
        <source>Birth year</source>
        <extracomment>Accessible name: year of the birth date, in the chosen era.</extracomment>
        <translation>生まれた年</translation>
    </message>
    <message>
        <source>Birth month</source>
        <extracomment>Accessible name.</extracomment>
        <translation>生まれた月</translation>
    </message>
    <message>
        <source>Birth day</source>
        <extracomment>Accessible name.</extracomment>
        <translation>生まれた日</translation>
    </message>
    <message>
        <source>Expiry year (西暦)</source>
        <extracomment>照合番号B: the card&apos;s expiry year, Gregorian.</extracomment>
        <translation>有効期限の年（西暦）</translation>
    </message>
    <message>
        <source>Security code</source>
        <extracomment>照合番号B: the 4-digit セキュリティコード printed on the card.</extracomment>
        <translation>セキュリティコード</translation>
    </message>
    <message>
        <source>Security code, 4 digits</source>
        <extracomment>Accessible name.</extracomment>
        <translation>セキュリティコード（4桁）</translation>
    </message>
    <message>
        <source>照合番号B to send</source>
        <extracomment>Accessible name of the 14 digits shown for checking.</extracomment>
        <translation>送信する照合番号B</translation>
    </message>
    <message>
        <source>Licence PIN</source>
        <extracomment>The PIN of the driving licence held on a My Number card (マイナ免許証).</extracomment>
        <translation>免許証の暗証番号</translation>
    </message>
    <message>
        <source>Licence PIN, 4 digits</source>
        <extracomment>Accessible name of the マイナ免許証 licence PIN field.</extracomment>
        <translation>免許証の暗証番号（数字4桁）</translation>
    </message>
    <message>
        <source>This card also holds a driving licence. Its holder set no licence PIN: it opens with the default PIN.</source>
        <extracomment>マイナ免許証 whose holder set no licence PIN (drivers-licence.md §A6).</extracomment>
        <translation>このカードには運転免許証の情報も入っています。暗証番号が設定されていないため、既定の暗証番号で開きます。</translation>
    </message>
    <message>
        <source>This card also holds a driving licence, but its licence PIN cannot be used here (tries left: %1). The licence part is not read; the customer can reset the PIN at a driver&apos;s licence centre.</source>
        <extracomment>マイナ免許証 whose licence PIN has one try left (or is blocked, or its setting is unreadable): the licence is not opened.</extracomment>
        <translation>このカードには運転免許証の情報も入っていますが、免許証の暗証番号はここでは使えません（残り回数: %1）。免許証の部分は読み取りません。暗証番号の再設定は運転免許センターでできます。</translation>
    </message>
    <message>
        <source>This card also holds a driving licence: the customer enters its licence PIN to show the licence&apos;s expiry and conditions (leave it empty to read the My Number card only).</source>
        <extracomment>マイナ免許証: what the licence PIN opens.</extracomment>
        <translation>このカードには運転免許証の情報も入っています。免許証の有効期限と条件を表示するには、お客様が免許証の暗証番号を入力します（空欄のままならマイナンバーカードだけを読み取ります）。</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <extracomment>Label: the residence card number (在留カード番号) printed on a 特定在留カード / 特定特別永住者証明書.</extracomment>
        <translation>在留カード番号</translation>
    </message>
    <message>
        <source>Residence card number: 2 letters, 8 digits, 2 letters</source>
        <extracomment>Accessible name of that field.</extracomment>
        <translation>在留カード番号（英字2桁、数字8桁、英字2桁）</translation>
    </message>
    <message>
        <source>This card is also the holder&apos;s residence card. Its card number (12 characters printed on the card) opens 在留資格, 在留期間 and the other residence items; leave it empty to read the identity only.</source>
        <extracomment>07/08 cards: what the residence card number opens (residence-card-0708.md), and that it may stay empty.</extracomment>
        <translation>このカードは在留カードを兼ねています。券面の在留カード番号（12桁）を入力すると、在留資格・在留期間などの在留事項も読み取ります。空欄のままなら本人特定事項だけを読み取ります。</translation>
    </message>
    <message>
        <source>Or let the camera read the birth date, expiry year and security code from the card&apos;s front.</source>
        <translation>カードの表面から生年月日・有効期限の年・セキュリティコードをカメラで読み取ることもできます。</translation>
    </message>
    <message>
        <source>Hold the card&apos;s front under %1.</source>
        <extracomment>%1 the camera&apos;s name.</extracomment>
        <translation>カードの表面を %1 の下にかざしてください。</translation>
    </message>
    <message>
        <source>compare them with the card&apos;s front</source>
        <extracomment>What to compare the values the camera read with.</extracomment>
        <translation>カードの表面と照合してから</translation>
    </message>
</context>
<context>
    <name>MyNumberFrontReader</name>
    <message>
        <source>Tesseract&apos;s Japanese data is not installed (Debian: tesseract-ocr-jpn)</source>
        <translation>Tesseract の日本語データがインストールされていません（Debian: tesseract-ocr-jpn）</translation>
    </message>
    <message>
        <source>the birth date could not be read</source>
        <translation>生年月日を読み取れませんでした</translation>
    </message>
    <message>
        <source>the birth date read is not a date of its era</source>
        <translation>読み取った生年月日がその元号の日付になっていません</translation>
    </message>
    <message>
        <source>the birth date read is not a date</source>
        <translation>読み取った生年月日が日付になっていません</translation>
    </message>
    <message>
        <source>the expiry date could not be read</source>
        <translation>有効期限を読み取れませんでした</translation>
    </message>
    <message>
        <source>the expiry date read is not plausible</source>
        <translation>読み取った有効期限があり得ない値です</translation>
    </message>
    <message>
        <source>the security code could not be read</source>
        <translation>セキュリティコードを読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>MyNumberLicenceFiles</name>
    <message>
        <source>PIN-setting file is not C1 01 00/01</source>
        <translation>暗証番号設定ファイルが C1 01 00/01 ではありません</translation>
    </message>
    <message>
        <source>licence information: the expiry (C5) is not an era date</source>
        <translation>免許情報：有効期限（C5）が和暦の日付ではありません</translation>
    </message>
    <message>
        <source>licence information: no expiry (C5)</source>
        <translation>免許情報：有効期限（C5）がありません</translation>
    </message>
</context>
<context>
    <name>MyNumberLicenceReader</name>
    <message>
        <source>the licence PIN setting could not be read (%1): only a PIN typed by the holder is used</source>
        <translation>免許用暗証番号の設定を読み取れません（%1）。入力された暗証番号のみを使用します</translation>
    </message>
    <message>
        <source>the holder set a licence PIN</source>
        <translation>免許用暗証番号は設定されています</translation>
    </message>
    <message>
        <source>the holder set no licence PIN: the default PIN was used, no entry needed</source>
        <translation>免許用暗証番号が未設定のため、既定の暗証番号を使用しました（入力不要）</translation>
    </message>
    <message>
        <source>the licence PIN was not verified: the licence was not read</source>
        <translation>免許用暗証番号が照合されなかったため、免許情報は読み取っていません</translation>
    </message>
    <message>
        <source>the licence information is not readable: %1</source>
        <translation>免許情報を読み取れません：%1</translation>
    </message>
    <message>
        <source>the licence information</source>
        <translation>免許情報</translation>
    </message>
    <message>
        <source>the My Number credential was not accepted: the licence was not read</source>
        <translation>マイナンバーカードの暗証番号・照合番号が受け付けられなかったため、免許情報は読み取っていません</translation>
    </message>
</context>
<context>
    <name>MyNumberOptions</name>
    <message>
        <source>My Number card: the 4-digit PIN (reads the individual number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number card: 照合番号A, the 12-digit number, to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number card: 照合番号B, 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number card: birth date, for 照合番号B; passport: birth date (with --document-number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number card: expiry year, for 照合番号B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number card: 4-digit security code, for 照合番号B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card prints the birth date in the Gregorian calendar (foreign residents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one credential: --pin, --collation-a, --collation-b or the 照合番号B parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PIN has 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号A is the 12-digit individual number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyNumberReader</name>
    <message>
        <source>issuer key %1 is not in the trust store</source>
        <extracomment>%1: the issuer key identifier (CHR of the card-verifiable certificate).</extracomment>
        <translation>発行者の鍵 %1 が信頼ストアにありません</translation>
    </message>
    <message>
        <source>certificate signed by %1</source>
        <extracomment>Check detail: %1 the trust anchor (issuer key) that verified it.</extracomment>
        <translation>証明書は %1 により署名されています</translation>
    </message>
    <message>
        <source>certificate signature does not verify with %1</source>
        <extracomment>Check detail: %1 the trust anchor (issuer key).</extracomment>
        <translation>証明書の署名が %1 で検証できません</translation>
    </message>
    <message>
        <source>the card holds no authentication certificate</source>
        <translation>カードに利用者証明用電子証明書がありません</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <extracomment>JPKI certificate validity: %1 first day, %2 last day (ISO 8601).</extracomment>
        <translation>有効期間 %1〜%2</translation>
    </message>
    <message>
        <source>authentication certificate %1, chains to %2</source>
        <extracomment>%1: the certificate validity; %2: the root (trust anchor) it chains to.</extracomment>
        <translation>利用者証明用電子証明書（%1）、%2 まで検証済み</translation>
    </message>
    <message>
        <source>authentication certificate (%1): %2</source>
        <extracomment>%1: the certificate validity; %2: why the chain failed.</extracomment>
        <translation>利用者証明用電子証明書（%1）：%2</translation>
    </message>
    <message>
        <source>the chip refused to sign a challenge (%1)</source>
        <translation>ICチップがチャレンジへの署名を拒否しました（%1）</translation>
    </message>
    <message>
        <source>the chip signed a fresh challenge with the key in its signed data</source>
        <translation>ICチップが署名済みデータ内の鍵で新しいチャレンジに署名しました</translation>
    </message>
    <message>
        <source>the chip&apos;s answer does not match the key in its signed data: the files may have been copied to another chip</source>
        <translation>ICチップの応答が署名済みデータ内の鍵と一致しません。データが別のチップに複製された可能性があります</translation>
    </message>
    <message>
        <source>the card face could not be opened (%1)</source>
        <translation>券面情報を開けませんでした（%1）</translation>
    </message>
    <message>
        <source>covers birth date, sex, chip key, name and address images and photo; the expiry date and the security-code image are outside the signature</source>
        <translation>生年月日・性別・チップの鍵・氏名と住所の画像・顔写真が署名の対象です。有効期限とセキュリティコードの画像は署名の対象外です</translation>
    </message>
    <message>
        <source>the card face does not match its signature: photo or items changed</source>
        <translation>券面情報が署名と一致しません。写真または記載事項が改変されています</translation>
    </message>
    <message>
        <source>the card face holds no expiry date</source>
        <translation>券面情報に有効期限がありません</translation>
    </message>
    <message>
        <source>valid until %1 (as stored on the chip, outside the signature)</source>
        <translation>%1 まで有効（ICチップ記録値、署名対象外）</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>%1 に有効期限切れ</translation>
    </message>
    <message>
        <source>the chip key could not be authenticated (card-face signature failed)</source>
        <translation>チップの鍵を確認できません（券面の署名検証に失敗）</translation>
    </message>
    <message>
        <source>no credential given: the signed items were not read</source>
        <translation>暗証番号・照合番号の入力がないため、署名された記載事項は読み取っていません</translation>
    </message>
    <message>
        <source>the credential was not accepted: nothing was read</source>
        <translation>暗証番号・照合番号が受け付けられなかったため、何も読み取っていません</translation>
    </message>
    <message>
        <source>individual-number file: not 12 digits with a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity record&apos;s signature does not verify</source>
        <translation>券面事項入力補助APの署名が検証できません</translation>
    </message>
    <message>
        <source>the individual number differs from what the issuer signed</source>
        <translation>個人番号が発行者の署名した内容と異なります</translation>
    </message>
    <message>
        <source>name, address, birth date or sex differ from what the issuer signed</source>
        <translation>氏名・住所・生年月日・性別のいずれかが発行者の署名した内容と異なります</translation>
    </message>
    <message>
        <source>the items read match the issuer&apos;s signed digests</source>
        <translation>読み取った記載事項は発行者の署名と一致します</translation>
    </message>
    <message>
        <source>照合番号A confirms the number only</source>
        <translation>照合番号Aでは番号の確認のみを行います</translation>
    </message>
    <message>
        <source>the chip key in 0007 could not be authenticated</source>
        <translation>0007 のチップの鍵を確認できません</translation>
    </message>
    <message>
        <source>the birth date on the card face differs from the text data</source>
        <translation>券面の生年月日が入力補助APの生年月日と異なります</translation>
    </message>
    <message>
        <source>authentication certificate (%1): its issuer %2 is not installed in the JPKI trust store</source>
        <extracomment>%1: the certificate validity; %2: the issuer (DN) whose certificate is not installed.</extracomment>
        <translation>利用者証明用電子証明書（%1）：発行者 %2 がJPKIの信頼点に導入されていません</translation>
    </message>
    <message>
        <source>whether J-LIS revoked the authentication certificate (a card reported lost) is known only from J-LIS&apos;s revocation service, open to verifiers approved by the minister or through a platform operator; this terminal is neither and works offline</source>
        <extracomment>JPKI: revocation is not checked offline, and who may check it.</extracomment>
        <translation>利用者証明用電子証明書が失効しているか（紛失の届出など）は、J-LISの失効情報提供サービスでしか分かりません。同サービスは主務大臣の認定を受けた事業者またはプラットフォーム事業者経由でのみ利用でき、この端末はそのいずれでもなくオフラインで動作しています</translation>
    </message>
</context>
<context>
    <name>PaceProtocol</name>
    <message>
        <source>PACE %1 is not supported by this version</source>
        <translation>PACE %1 はこの版では扱えません</translation>
    </message>
    <message>
        <source>PACE with domain parameters %1 is not supported (only the standardized curves 8–18)</source>
        <translation>ドメインパラメータ %1 の PACE は扱えません（標準曲線 8〜18 のみ）</translation>
    </message>
    <message>
        <source>the chip refused MSE:Set AT (%1)</source>
        <translation>チップが MSE:Set AT を拒否しました（%1）</translation>
    </message>
</context>
<context>
    <name>PassportChecks</name>
    <message>
        <source>EF.SOD signed by its document signer (%1 hashes)</source>
        <extracomment>%1: the hash algorithm (e.g. SHA-256).</extracomment>
        <translation>EF.SOD は文書署名者により署名されています（ハッシュ %1）</translation>
    </message>
    <message>
        <source>the signature of EF.SOD is wrong: %1</source>
        <translation>EF.SOD の署名が正しくありません：%1</translation>
    </message>
    <message>
        <source>EF.SOD carries no document signer certificate</source>
        <translation>EF.SOD に文書署名者証明書がありません</translation>
    </message>
    <message>
        <source>at its signing time %1</source>
        <extracomment>Follows &quot;document signer … valid&quot;: %1 the signing time from EF.SOD.</extracomment>
        <translation>署名時点 %1 で</translation>
    </message>
    <message>
        <source>at the date of issue %1 (EF.SOD gives no signing time)</source>
        <translation>発行日 %1 の時点で（EF.SOD に署名時刻がありません）</translation>
    </message>
    <message>
        <source>no CSCA certificate is installed in the passport trust store</source>
        <translation>旅券用の信頼点に CSCA 証明書が導入されていません</translation>
    </message>
    <message>
        <source>at the start of the signer certificate %1 (no signing time, no date of issue)</source>
        <translation>署名者証明書の有効期間開始 %1 の時点で（署名時刻・発行日なし）</translation>
    </message>
    <message>
        <source>document signer issued by %1, valid %2</source>
        <extracomment>%1: the CSCA subject; %2: when the chain was judged (at its signing time …).</extracomment>
        <translation>文書署名者は %1 が発行、%2有効</translation>
    </message>
    <message>
        <source>the document signer does not chain to an installed CSCA %1: %2</source>
        <extracomment>%1: when the chain was judged; %2: why it failed.</extracomment>
        <translation>文書署名者が導入済みの CSCA に連鎖しません（%1）：%2</translation>
    </message>
    <message>
        <source>%1 differ from what was signed</source>
        <translation>%1 が署名された内容と異なります</translation>
    </message>
    <message>
        <source>%1 not in EF.SOD</source>
        <extracomment>%1: data groups (e.g. DG11, DG12) whose hashes EF.SOD does not hold.</extracomment>
        <translation>%1 が EF.SOD にありません</translation>
    </message>
    <message>
        <source>no data group was read</source>
        <translation>データグループを読み取っていません</translation>
    </message>
    <message>
        <source>%1 as signed (%2)</source>
        <extracomment>%1: the data groups checked (DG1, DG2 …); %2: the hash algorithm.</extracomment>
        <translation>%1 は署名どおり（%2）</translation>
    </message>
    <message>
        <source>the document signer&apos;s CSCA %1 is not installed in the passport trust store</source>
        <extracomment>%1: the issuing CSCA (DN) named in the document signer certificate.</extracomment>
        <translation>文書署名者を発行したCSCA %1 が旅券の信頼点に導入されていません</translation>
    </message>
</context>
<context>
    <name>PassportForm</name>
    <message>
        <source>The chip did not accept this entry. Compare the number and dates (or the CAN) with the photo page and enter them again.</source>
        <extracomment>The passport&apos;s chip refused the MRZ or CAN (no retry counter: passport.md §1).</extracomment>
        <translation>チップがこの入力を受け付けませんでした。番号と日付（または CAN）を顔写真ページと照らし合わせて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>Scan the passport&apos;s MRZ, or type its number and dates</source>
        <extracomment>Step 3 title for a passport.</extracomment>
        <translation>旅券の MRZ を読み取るか、旅券番号と日付を入力してください</translation>
    </message>
    <message>
        <source>MRZ (scanner)</source>
        <extracomment>Label: the machine-readable zone typed by a scanner.</extracomment>
        <translation>MRZ（スキャナ）</translation>
    </message>
    <message>
        <source>The two lines at the bottom of the passport&apos;s photo page</source>
        <extracomment>Accessible name of the MRZ field.</extracomment>
        <translation>旅券の顔写真ページ下部の2行</translation>
    </message>
    <message>
        <source>or: passport number</source>
        <extracomment>Label: or type the passport number instead of scanning.</extracomment>
        <translation>または：旅券番号</translation>
    </message>
    <message>
        <source>Passport number</source>
        <extracomment>Accessible name.</extracomment>
        <translation>旅券番号</translation>
    </message>
    <message>
        <source>Birth date (YYYYMMDD)</source>
        <extracomment>Label: passport birth date, 8 digits.</extracomment>
        <translation>生年月日（西暦8桁）</translation>
    </message>
    <message>
        <source>Expiry date (YYYYMMDD)</source>
        <extracomment>Label: passport expiry date, 8 digits.</extracomment>
        <translation>有効期間満了日（西暦8桁）</translation>
    </message>
    <message>
        <source>or: CAN (6 digits)</source>
        <extracomment>Label: or the card access number printed on the data page.</extracomment>
        <translation>または：CAN（6桁）</translation>
    </message>
    <message>
        <source>Card access number, 6 digits</source>
        <extracomment>Accessible name.</extracomment>
        <translation>カードアクセス番号（6桁）</translation>
    </message>
    <message>
        <source>The chip opens with the number, birth date and expiry date of the photo page, or with the 6-digit CAN where the document prints one. A wrong entry is refused by the chip; it does not lock it.</source>
        <extracomment>Passports: what opens the chip, and that a wrong entry costs no try.</extracomment>
        <translation>顔写真ページの旅券番号・生年月日・有効期間満了日、または券面に印字された6桁の CAN でチップを開きます。誤った入力はチップに拒否されますが、ロックはされません。</translation>
    </message>
    <message>
        <source>Hold the photo page under %1, its two lines at the bottom in view.</source>
        <extracomment>%1 the camera&apos;s name.</extracomment>
        <translation>顔写真のページを%1の下に置き、下の2行が写るようにしてください。</translation>
    </message>
    <message>
        <source>Or let the camera read the two lines at the bottom of the photo page.</source>
        <translation>または、顔写真のページ下の2行をカメラで読み取れます。</translation>
    </message>
    <message>
        <source>compare them with the photo page</source>
        <extracomment>What to compare the values the camera read with.</extracomment>
        <translation>顔写真ページと照合してから</translation>
    </message>
</context>
<context>
    <name>PassportOptions</name>
    <message>
        <source>Passport: the two lines of the MRZ (88 characters, as a scanner types them; - reads them from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport: the document number, with --birth-date and --expiry-date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport: the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport or ID card with PACE: the 6-digit card access number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CAN has 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either the MRZ lines or the document number with birth date and expiry date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassportReader</name>
    <message>
        <source>EF.CardAccess is unreadable (%1)</source>
        <translation>EF.CardAccess を解釈できません（%1）</translation>
    </message>
    <message>
        <source>PACE with the CAN failed (%1): enter the MRZ instead</source>
        <translation>CAN による PACE に失敗しました（%1）。MRZ を入力してください</translation>
    </message>
    <message>
        <source>this document does not offer PACE, so the CAN cannot open it: enter the MRZ (document number, birth date, expiry date)</source>
        <translation>この旅券は PACE に対応していないため CAN では開けません。MRZ（旅券番号・生年月日・有効期間満了日）を入力してください</translation>
    </message>
    <message>
        <source>the chip accepts PACE only, and PACE did not succeed: %1</source>
        <translation>チップは PACE のみ受け付けますが、PACE が成立しませんでした：%1</translation>
    </message>
    <message>
        <source>%1, and offers no PACE this version speaks</source>
        <translation>%1。この版で扱える PACE もありません</translation>
    </message>
    <message>
        <source>the chip proved it holds the private key of DG14 (%1)</source>
        <translation>チップは DG14 の秘密鍵を保持していることを証明しました（%1）</translation>
    </message>
    <message>
        <source>the chip&apos;s answer did not verify under the new keys: it does not hold the key of DG14</source>
        <translation>新しい鍵でチップの応答を検証できませんでした。チップは DG14 の鍵を持っていません</translation>
    </message>
    <message>
        <source>the chip did not answer the challenge: %1</source>
        <translation>チップがチャレンジに応答しませんでした：%1</translation>
    </message>
    <message>
        <source>the chip refused to sign the challenge (%1)</source>
        <translation>チップがチャレンジへの署名を拒否しました（%1）</translation>
    </message>
    <message>
        <source>the chip signed a fresh challenge with the key of DG15 (%1)</source>
        <translation>チップは新しいチャレンジに DG15 の鍵で署名しました（%1）</translation>
    </message>
    <message>
        <source>the passport holds no address (Japanese passports issued from 2020 carry none): confirm the address with another document</source>
        <translation>この旅券のチップには住所がありません（2020年以降発行の日本国旅券には記録されません）。住所は他の書類で確認してください</translation>
    </message>
    <message>
        <source>DG1 holds no readable MRZ</source>
        <translation>DG1 に読み取れる MRZ がありません</translation>
    </message>
    <message>
        <source>the CAN was used: compare the MRZ shown with the data page</source>
        <translation>CAN を使用しました。表示された MRZ を顔写真ページと照合してください</translation>
    </message>
    <message>
        <source>the chip&apos;s MRZ differs from the one entered</source>
        <translation>チップの MRZ が入力されたものと異なります</translation>
    </message>
    <message>
        <source>the chip&apos;s MRZ has a wrong check digit</source>
        <translation>チップの MRZ のチェックデジットが合いません</translation>
    </message>
    <message>
        <source>the chip&apos;s MRZ is the one entered, check digits right</source>
        <translation>チップの MRZ は入力どおりで、チェックデジットも正しい</translation>
    </message>
    <message>
        <source>no MRZ or CAN given: the chip opens only with one of them</source>
        <translation>MRZ も CAN も入力されていません。チップはどちらかでしか開きません</translation>
    </message>
    <message>
        <source>the chip did not accept the MRZ or CAN: nothing was read</source>
        <translation>チップが MRZ または CAN を受け付けませんでした。何も読み取っていません</translation>
    </message>
    <message>
        <source>secure messaging opened with %1</source>
        <extracomment>%1: the protocol, e.g. BAC or PACE-ECDH-GM-AES-128.</extracomment>
        <translation>%1 でセキュアメッセージングを開始しました</translation>
    </message>
    <message>
        <source>DG14 is unreadable: %1</source>
        <translation>DG14 を解釈できません：%1</translation>
    </message>
    <message>
        <source>the document supports neither Active nor Chip Authentication: a copied chip cannot be told from the original</source>
        <translation>この旅券はアクティブ認証にもチップ認証にも対応していないため、複製されたチップと区別できません</translation>
    </message>
    <message>
        <source>the chip has no EF.SOD</source>
        <translation>チップに EF.SOD がありません</translation>
    </message>
    <message>
        <source>EF.SOD is unreadable</source>
        <translation>EF.SOD を解釈できません</translation>
    </message>
    <message>
        <source>secure messaging broke down (%1), and the chip then refused the credential it had accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Persona</name>
    <message>
        <source>cannot open persona file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona needs id, name.kanji and a valid birthDate (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Forms and the record of the check</source>
        <extracomment>Title of the print preview step.</extracomment>
        <translation>申請書と本人確認記録</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button: back from the print preview to the review.</extracomment>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>Prints every page shown, as one job.</extracomment>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Ends the visit; everything about the customer is erased.</extracomment>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>PurposeCatalog</name>
    <message>
        <source>cannot open the purposes file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>purpose %1 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose %1: unknown field %2 in paperFields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purposes defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose %1: id, label.ja, basis.ja and at least one form are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose %1: requiredItems may name %2 only, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposePage</name>
    <message>
        <source>What is the visit for?</source>
        <extracomment>Step 1 title.</extracomment>
        <translation>ご用件を選んでください</translation>
    </message>
    <message>
        <source>Reads the My Number (PIN)</source>
        <translation>個人番号を読み取ります（暗証番号）</translation>
    </message>
    <message>
        <source>My Number is not read</source>
        <translation>個人番号は読み取りません</translation>
    </message>
</context>
<context>
    <name>ReadCommand</name>
    <message>
        <source>--sim takes TYPE:PERSONA[:FAULT[:QUIRK,…]] with TYPE one of: %1; FAULT one of: %2; QUIRK any of: %3</source>
        <extracomment>%1 lists the card types, %2 the faults, %3 the quirks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadReport</name>
    <message>
        <source>Reader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <extracomment>Report line &quot;Verdict:&quot;: %1 authenticity (genuine, not-genuine, unverified), %2 validity (valid, expired, unknown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <extracomment>Report line &quot;Link:&quot;: counts of one read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 APDUs, %2 bytes sent, %3 bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>Report line &quot;Tries left:&quot;, one counter: %1 its name (PIN1, 照合番号B (text items) …), %2 the tries, %3 its answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads:</source>
        <extracomment>Report line &quot;Reads:&quot;: %1 the largest Le a read asked for on this link (255: short APDUs, 65536: extended length, less when the card refused larger reads), %2 the largest answer the card sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 bytes asked, largest answer %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From image:</source>
        <extracomment>Report line: the credential&apos;s items that were read off a picture (--card-image), e.g. documentNumber, birthDate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderError</name>
    <message>
        <source>The smart-card service (pcscd) is not running. Start it (systemctl start pcscd) or ask IT.</source>
        <comment>shown when the PC/SC daemon cannot be reached</comment>
        <translation>ICカードサービス（pcscd）が動いていません。起動する（systemctl start pcscd）か、システム担当にご連絡ください。</translation>
    </message>
    <message>
        <source>No card reader is connected. Check the reader&apos;s USB cable.</source>
        <comment>no PC/SC reader found</comment>
        <translation>カードリーダーが接続されていません。リーダーのUSBケーブルを確認してください。</translation>
    </message>
    <message>
        <source>There is no card on the reader. Place the card on the reader.</source>
        <comment>reader is empty</comment>
        <translation>リーダーにカードがありません。カードをリーダーに置いてください。</translation>
    </message>
    <message>
        <source>The card was taken off the reader. Place it again and keep it still until reading ends.</source>
        <comment>card removed while reading</comment>
        <translation>カードがリーダーから離れました。もう一度置き、読み取りが終わるまで動かさないでください。</translation>
    </message>
    <message>
        <source>The card does not answer. Place it again; if this repeats, the card may be damaged.</source>
        <comment>card is mute or the transport failed</comment>
        <translation>カードが応答しません。もう一度置いてください。繰り返す場合はカードが破損している可能性があります。</translation>
    </message>
    <message>
        <source>The reader is in use by another program. Close the other program and try again.</source>
        <comment>PC/SC sharing violation</comment>
        <translation>リーダーが他のプログラムで使用中です。そのプログラムを終了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This reader or card cannot perform the operation.</source>
        <comment>protocol or length not supported</comment>
        <translation>このリーダーまたはカードでは、この操作を行えません。</translation>
    </message>
    <message>
        <source>The reader did not answer in time. Place the card again.</source>
        <comment>operation timed out</comment>
        <translation>リーダーの応答がありませんでした。カードをもう一度置いてください。</translation>
    </message>
    <message>
        <source>The card refused the command.</source>
        <comment>card answered with an error status word</comment>
        <translation>カードがコマンドを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The card&apos;s data is damaged or not in the expected format.</source>
        <comment>malformed card data</comment>
        <translation>カードのデータが壊れているか、想定した形式ではありません。</translation>
    </message>
    <message>
        <source>The card reader reported an unexpected error.</source>
        <comment>other PC/SC error</comment>
        <translation>カードリーダーで予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <source>This card reader cannot carry the long answers this card sends. Read the card on a reader that supports extended-length APDUs.</source>
        <comment>the reader&apos;s own limit, not a card fault</comment>
        <translation>このカードリーダーは、このカードが送る長い応答を受け取れません。拡張長APDUに対応したリーダーで読み取ってください。</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <source>Reading the card… keep it on the reader</source>
        <extracomment>Title while the card is being read.</extracomment>
        <translation>読み取り中です。カードを動かさないでください</translation>
    </message>
    <message>
        <source>Checking the card&apos;s certificates</source>
        <extracomment>Reading progress, one stage per line.</extracomment>
        <translation>カードの証明書を確認</translation>
    </message>
    <message>
        <source>Checking the PIN or 照合番号B</source>
        <translation>暗証番号・照合番号を照合</translation>
    </message>
    <message>
        <source>Reading name, address, birth date</source>
        <translation>氏名・住所・生年月日を読み取り</translation>
    </message>
    <message>
        <source>Reading the photo</source>
        <extracomment>Reading progress.</extracomment>
        <translation>顔写真を読み取り</translation>
    </message>
    <message>
        <source>Checking that the chip is genuine</source>
        <translation>ICチップの真正性を確認</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Stops reading and ends the visit.</extracomment>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>ResidenceCardNumber</name>
    <message>
        <source>a residence card number is 2 letters, 8 digits and 2 letters, e.g. AB12345678CD</source>
        <translation>在留カード等番号は英字2文字・数字8桁・英字2文字です（例：AB12345678CD）</translation>
    </message>
</context>
<context>
    <name>ResidenceCardType</name>
    <message>
        <source>card type file (MF/EF02) is not a C1 object of 1 or 2 bytes</source>
        <translation>カード種別ファイル（MF/EF02）が1または2バイトのC1データではありません</translation>
    </message>
    <message>
        <source>unknown residence card type %1</source>
        <translation>不明な在留カード等の種別 %1</translation>
    </message>
</context>
<context>
    <name>ResidenceChecks</name>
    <message>
        <source>the card carries no signature (as expected of a card issued without photo under 16): compare the card face with the holder</source>
        <translation>カードに署名がありません（16歳未満で写真のないカードの仕様どおり）：券面と本人を照合してください</translation>
    </message>
    <message>
        <source>the card certificate is not readable</source>
        <translation>カードの証明書が読み取れません</translation>
    </message>
    <message>
        <source>no key to check the signature with</source>
        <translation>署名を検証する鍵がありません</translation>
    </message>
    <message>
        <source>the issuing ZairyuCard CA (key %1) is not installed; add it from the Immigration Services Agency&apos;s page to resources/trust/residence-card</source>
        <translation>発行元の ZairyuCard CA（鍵 %1）が導入されていません。出入国在留管理庁のページから入手し resources/trust/residence-card に追加してください</translation>
    </message>
    <message>
        <source>card certificate issued by %1</source>
        <extracomment>%1: the ZairyuCard CA that issued the card certificate.</extracomment>
        <translation>カード証明書の発行元：%1</translation>
    </message>
    <message>
        <source>the card certificate does not chain to %1: %2</source>
        <extracomment>%1: the ZairyuCard CA; %2: why the chain failed.</extracomment>
        <translation>カード証明書が %1 に連鎖しません：%2</translation>
    </message>
    <message>
        <source>%1 as signed for this card</source>
        <extracomment>%1: the data covered (e.g. the front image and the photo).</extracomment>
        <translation>%1 はこのカードの署名どおりです</translation>
    </message>
    <message>
        <source>%1 differ from what was signed for this card</source>
        <extracomment>%1: the data covered (e.g. the front image and the photo): changed after signing.</extracomment>
        <translation>%1 がこのカードの署名内容と一致しません</translation>
    </message>
    <message>
        <source>the card certificate&apos;s issuer %1 (key %2) is not installed</source>
        <extracomment>%1: the issuer (DN) named in the card certificate; %2 its key identifier.</extracomment>
        <translation>カード証明書の発行者 %1（鍵 %2）が導入されていません</translation>
    </message>
    <message>
        <source>whether the Immigration Services Agency has revoked this card is known only online, at its 在留カード等番号失効情報照会 (card number and expiry date); this terminal works offline and did not ask</source>
        <extracomment>Residence cards: revocation (失効) is known only online; the review shows the ISA&apos;s inquiry page.</extracomment>
        <translation>このカードが失効しているかは、出入国在留管理庁の「在留カード等番号失効情報照会」（カード番号と有効期間）でしか分かりません。この端末はオフラインのため照会していません</translation>
    </message>
</context>
<context>
    <name>ResidenceDeliveryKey</name>
    <message>
        <source>not an RSA public key in any of the encodings the ISA&apos;s delivery key may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RSA-2048 key (%1 bits)</source>
        <extracomment>%1: the key&apos;s size in bits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delivery key is installed in residence-card/delivery/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: RSA-2048, %2, %3</source>
        <extracomment>%1: the file; %2: its encoding; %3: whether it is the ISA&apos;s production key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(given bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ISA&apos;s production key (SHA-256 matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the ISA&apos;s production key (a test or unknown key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidenceEntries</name>
    <message>
        <source>printed entries: %1</source>
        <extracomment>%1: what is wrong with the file of printed entries (a parser message).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed entries: %1 bytes of values, the signed block holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed entries: no readable card expiry or birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <extracomment>Period of stay as the card holds it, e.g. 3 years 0 months.</extracomment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>Period of stay in days (short stays).</extracomment>
        <translation>%1日</translation>
    </message>
    <message>
        <source>no work restriction</source>
        <translation>就労制限なし</translation>
    </message>
    <message>
        <source>work only within the status of residence</source>
        <translation>在留資格に基づく就労活動のみ可</translation>
    </message>
    <message>
        <source>work only as designated</source>
        <translation>指定書により指定された就労活動のみ可</translation>
    </message>
    <message>
        <source>work not permitted</source>
        <translation>就労不可</translation>
    </message>
</context>
<context>
    <name>ResidenceForm</name>
    <message>
        <source>The card did not accept this card number. Compare it with the card&apos;s front and enter it again.</source>
        <extracomment>The residence card refused the card number (no retry counter: residence-card.md §B2).</extracomment>
        <translation>カードがこの番号を受け付けませんでした。カード表面の番号と照らし合わせて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>Enter the card number printed on the card</source>
        <extracomment>Step 3 title for a residence card / special permanent resident certificate.</extracomment>
        <translation>カードに記載の番号を入力してください</translation>
    </message>
    <message>
        <source>Card number</source>
        <extracomment>Label: the residence card number (在留カード番号).</extracomment>
        <translation>カード番号</translation>
    </message>
    <message>
        <source>Card number: 2 letters, 8 digits, 2 letters</source>
        <extracomment>Accessible name of the card number field.</extracomment>
        <translation>カード番号：英字2文字・数字8桁・英字2文字</translation>
    </message>
    <message>
        <source>12 characters at the top right of the card&apos;s front: 2 letters, 8 digits, 2 letters (e.g. AB12345678CD). A wrong number is refused by the card; it does not lock the card.</source>
        <extracomment>Residence cards: where the number is printed, and that a wrong one costs no try.</extracomment>
        <translation>カード表面右上の12文字（英字2文字・数字8桁・英字2文字、例：AB12345678CD）。番号が違うとカードが受け付けませんが、カードがロックされることはありません。</translation>
    </message>
    <message>
        <source>Or let the camera read the card number from the card&apos;s front.</source>
        <translation>カードの表面からカード番号をカメラで読み取ることもできます。</translation>
    </message>
    <message>
        <source>Hold the card&apos;s front under %1.</source>
        <extracomment>%1 the camera&apos;s name.</extracomment>
        <translation>カードの表面を %1 の下にかざしてください。</translation>
    </message>
    <message>
        <source>compare it with the card&apos;s front</source>
        <extracomment>What to compare the number the camera read with.</extracomment>
        <translation>カードの表面と照合してから</translation>
    </message>
</context>
<context>
    <name>ResidenceNumberReader</name>
    <message>
        <source>Tesseract&apos;s English data is not installed (Debian: tesseract-ocr-eng)</source>
        <translation>Tesseract の英語データがインストールされていません（Debian: tesseract-ocr-eng）</translation>
    </message>
    <message>
        <source>the card number could not be read</source>
        <translation>カード番号を読み取れませんでした</translation>
    </message>
    <message>
        <source>the card number read is not of the card&apos;s shape</source>
        <translation>読み取ったカード番号が番号の形式になっていません</translation>
    </message>
</context>
<context>
    <name>ResidenceOnMyNumber</name>
    <message>
        <source>the residence items (在留資格, 在留期間, 就労制限 …) in the card&apos;s 在留 AP were not read: %1. The identity above is the My Number card&apos;s; check the residence items by the counter&apos;s other procedure</source>
        <extracomment>%1: why the residence items of a 07/08 card were not read (residence-card-0708.md).</extracomment>
        <translation>カードの在留APにある在留事項（在留資格・在留期間・就労制限など）は読み取っていません: %1。上の本人特定事項はマイナンバーカードのものです。在留事項は窓口の別の手順で確認してください</translation>
    </message>
    <message>
        <source>this reader cannot carry what the 在留 AP needs (%1); a reader with extended-length support can</source>
        <extracomment>%1: what the reader could not carry. A reader with extended-length APDUs reads the 在留 AP.</extracomment>
        <translation>このリーダーでは在留APに必要な通信ができません（%1）。拡張長APDUに対応したリーダーなら読み取れます</translation>
    </message>
    <message>
        <source>the 在留 AP did not accept the card number given</source>
        <translation>入力された在留カード番号を在留APが受け付けませんでした</translation>
    </message>
    <message>
        <source>they were read, but their signature did not verify (see the checks above), so none of them is shown</source>
        <translation>読み取りましたが署名を検証できなかったため（上の確認項目を参照）、表示しません</translation>
    </message>
    <message>
        <source>the 在留 AP&apos;s birth date and sex are the My Number card&apos;s</source>
        <translation>在留APの生年月日・性別はマイナンバーカードのものと一致します</translation>
    </message>
    <message>
        <source>the 在留 AP&apos;s birth date or sex differs from the My Number card&apos;s</source>
        <translation>在留APの生年月日または性別がマイナンバーカードのものと異なります</translation>
    </message>
</context>
<context>
    <name>ResidenceOptions</name>
    <message>
        <source>Residence card / special permanent resident certificate: the 12-character card number printed on it (2 letters, 8 digits, 2 letters). On a 特定在留カード / 特定特別永住者証明書 (types 07/08) it opens the residence items, besides the My Number credential.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidenceReader</name>
    <message>
        <source>the card&apos;s answer to mutual authentication is wrong: %1</source>
        <translation>相互認証に対するカードの応答が正しくありません：%1</translation>
    </message>
    <message>
        <source>the chip proved the keys of the card number and accepted it (%1)</source>
        <translation>ICチップがカード番号の鍵を証明し、番号を受け付けました（%1）</translation>
    </message>
    <message>
        <source>front image and photo</source>
        <translation>券面画像と顔写真</translation>
    </message>
    <message>
        <source>the first-generation chip holds this date only in the front image: read it there</source>
        <translation>第一世代のICチップではこの日付は券面画像にのみあります：画像で確認してください</translation>
    </message>
    <message>
        <source>special permanent residents have no period of stay</source>
        <translation>特別永住者には在留期間がありません</translation>
    </message>
    <message>
        <source>the card number stored on the chip differs from the one it accepted</source>
        <translation>ICチップ内のカード番号が、受け付けた番号と異なります</translation>
    </message>
    <message>
        <source>printed entries, photo and name image</source>
        <translation>券面記載事項・顔写真・氏名画像</translation>
    </message>
    <message>
        <source>indefinite period of stay</source>
        <translation>在留期間は無期限です</translation>
    </message>
    <message>
        <source>this is a residence card on the My Number card platform (type %1, 特定在留カード等), which this version does not read yet</source>
        <translation>マイナンバーカード一体型の在留カード（種別 %1、特定在留カード等）です。この版ではまだ読み取れません</translation>
    </message>
    <message>
        <source>特別永住者証明書 (Ministry of Justice)</source>
        <translation>特別永住者証明書（法務省）</translation>
    </message>
    <message>
        <source>在留カード (Immigration Services Agency)</source>
        <translation>在留カード（出入国在留管理庁）</translation>
    </message>
    <message>
        <source>no card number given: only the card type was read</source>
        <translation>カード番号の入力がないため、カード種別のみ読み取りました</translation>
    </message>
    <message>
        <source>the card did not accept the card number: nothing was read</source>
        <translation>カードがカード番号を受け付けなかったため、何も読み取っていません</translation>
    </message>
    <message>
        <source>residence cards send their images in one extended-length answer, and %1</source>
        <extracomment>%1: what the link could not do. residence-card.md §C: the images come in one extended-length answer.</extracomment>
        <translation>在留カードは画像を1回の拡張長応答で送りますが、%1</translation>
    </message>
    <message>
        <source>this reader or card carries at most %1 bytes per answer</source>
        <translation>このリーダーまたはカードは1回の応答で最大%1バイトしか運べません</translation>
    </message>
    <message>
        <source>the reader refused the extended-length command (%1)</source>
        <translation>リーダーが拡張長コマンドを拒否しました（%1）</translation>
    </message>
    <message>
        <source>the card or reader answered 6700 (wrong length) to it</source>
        <translation>カードまたはリーダーが6700（長さ誤り）で応答しました</translation>
    </message>
    <message>
        <source>its answer stopped after %1 bytes</source>
        <translation>応答が%1バイトで途切れました</translation>
    </message>
    <message>
        <source>the card sent %1 bytes of the file at a time</source>
        <translation>カードはファイルを%1バイトずつしか送りませんでした</translation>
    </message>
    <message>
        <source>the session key could not be encrypted to the delivery key</source>
        <translation>セッション鍵を配送鍵で暗号化できませんでした</translation>
    </message>
    <message>
        <source>the 在留 AP&apos;s key delivery is a 256-byte command, which needs extended length (%1)</source>
        <extracomment>residence-card-0708.md §5: the 256-byte key delivery of a 07/08 card needs extended length.</extracomment>
        <translation>在留APの鍵配送は256バイトのコマンドで、拡張長APDUが必要です（%1）</translation>
    </message>
    <message>
        <source>the 在留 AP accepted the card number in a session keyed by this terminal (profile %1: RSA-OAEP key delivery, AES-128)</source>
        <translation>この端末が鍵を設定したセッションで、在留APが在留カード番号を受け付けました（プロファイル %1: RSA-OAEP 鍵配送、AES-128）</translation>
    </message>
    <message>
        <source>no card number was given for them</source>
        <translation>在留カード番号が入力されていません</translation>
    </message>
    <message>
        <source>the 在留 AP took none of the session profiles this terminal knows (%1)</source>
        <extracomment>residence-card-0708.md §6: every secure-messaging profile this version knows was refused. %1 what each got.</extracomment>
        <translation>在留APは、この端末が知っているセッション方式のいずれも受け付けませんでした（%1）</translation>
    </message>
</context>
<context>
    <name>ResidenceSecureChannel</name>
    <message>
        <source>mutual authentication: the card answered %1 bytes, not 40</source>
        <translation>相互認証：カードの応答が40バイトではなく%1バイトです</translation>
    </message>
    <message>
        <source>mutual authentication: the card&apos;s MAC does not verify</source>
        <translation>相互認証：カードのMACが一致しません</translation>
    </message>
    <message>
        <source>mutual authentication: the card&apos;s answer does not hold the challenges</source>
        <translation>相互認証：カードの応答に乱数が含まれていません</translation>
    </message>
    <message>
        <source>secure messaging: the answer is not an 86 object with padding indicator 01</source>
        <translation>セキュアメッセージング：応答がパディング指示子01の86データではありません</translation>
    </message>
    <message>
        <source>secure messaging: the decrypted data is not padded as the specification says (wrong session key?)</source>
        <translation>セキュアメッセージング：復号したデータのパディングが仕様と異なります（セッション鍵の誤り？）</translation>
    </message>
</context>
<context>
    <name>ResidenceSignatureFile</name>
    <message>
        <source>signature file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidenceStatusTable</name>
    <message>
        <source>cannot open the residence status table %1: %2</source>
        <extracomment>%1: the status-code table&apos;s path; %2: why it could not be opened.</extracomment>
        <translation>在留資格コード表 %1 を開けません：%2</translation>
    </message>
    <message>
        <source>residence status table: %1 is not a 10-character code with a Japanese name</source>
        <extracomment>%1: a key of the table&apos;s &quot;statuses&quot; object.</extracomment>
        <translation>在留資格コード表：%1 は日本語名をもつ10文字のコードではありません</translation>
    </message>
</context>
<context>
    <name>ResponseApdu</name>
    <message>
        <source>response shorter than its status word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Born %1</source>
        <extracomment>Review: %1 is the birth date (和暦 in Japanese, ISO 8601 otherwise).</extracomment>
        <translation>生年月日 %1</translation>
    </message>
    <message>
        <source>Number %1</source>
        <extracomment>Review: %1 is the document number (licence, residence card, passport).</extracomment>
        <translation>番号 %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <extracomment>Review: %1 is the card&apos;s last valid day.</extracomment>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>このカードは有効期限が切れています。</translation>
    </message>
    <message>
        <source>anchors</source>
        <extracomment>Review: heading of the list of trust anchors the signatures were checked against.</extracomment>
        <translation>信頼点</translation>
    </message>
    <message>
        <source>Genuine: every signature verified</source>
        <translation>真正：全ての署名を確認しました</translation>
    </message>
    <message>
        <source>NOT genuine: a check failed — see below</source>
        <extracomment>Verdict banner: a check failed.</extracomment>
        <translation>真正ではありません：検証に失敗した項目があります（下記）</translation>
    </message>
    <message>
        <source>Could not verify: see which checks were not made</source>
        <translation>検証できませんでした：確認できなかった項目を参照してください</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Column heading of the list of checks.</extracomment>
        <translation>検証項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Forms and record…</source>
        <translation>申請書と確認記録へ</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Ends the visit without printing.</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Could not verify: every check passed, but only against TEST anchors</source>
        <extracomment>Verdict banner: every check passed, but only against TEST trust anchors (demo cards).</extracomment>
        <translation>検証できませんでした：全ての検証に合格しましたが、テスト用の信頼点によるものです</translation>
    </message>
    <message>
        <source>(address changed on %1; the card shows %2)</source>
        <extracomment>Licence: the address was changed after issue; %1 the date, %2 the address printed on the card.</extracomment>
        <translation>（%1に住所変更。券面の記載は %2）</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <extracomment>Licence categories held, e.g. 普通、原付.</extracomment>
        <translation>免許の種類：%1</translation>
    </message>
    <message>
        <source>The holder set no PIN on this licence.</source>
        <extracomment>Review: a driving licence whose holder never set PINs (the default PIN opened it).</extracomment>
        <translation>この免許証には暗証番号が設定されていません。</translation>
    </message>
    <message>
        <source>Nationality/region: %1</source>
        <extracomment>Review: %1 is the country or region name.</extracomment>
        <translation>国籍・地域：%1</translation>
    </message>
    <message>
        <source>Work: %1</source>
        <extracomment>Review, residence cards: %1 is the 就労制限 entry as the card holds it.</extracomment>
        <translation>就労：%1</translation>
    </message>
    <message>
        <source>Period of stay: %1</source>
        <translation>在留期間：%1</translation>
    </message>
    <message>
        <source>Driving licence on this card: valid until %1</source>
        <extracomment>マイナ免許証: the driving licence held on the My Number card, and its last valid day.</extracomment>
        <translation>このカードの運転免許：有効期限 %1</translation>
    </message>
    <message>
        <source>This card also holds a driving licence; it was not opened.</source>
        <extracomment>マイナ免許証 whose licence part was not opened (no licence PIN, or it was not accepted).</extracomment>
        <translation>このカードには運転免許証の情報も入っていますが、開いていません。</translation>
    </message>
    <message>
        <source>Licence conditions (眼鏡等): held on the card but not shown here, as their layout is not confirmed; ask the customer to show them.</source>
        <extracomment>マイナ免許証: the licence conditions (眼鏡等 …) are on the chip, in a layout not confirmed (drivers-licence.md §A6 [U]).</extracomment>
        <translation>免許の条件等（眼鏡等）：カードに記録されていますが、形式が確認されていないためここには表示しません。お客様に確認してください。</translation>
    </message>
    <message>
        <source>Printed address: %1. It may have changed since: look at the back of the card and write the current address on the forms.</source>
        <extracomment>Licence with change records (記載事項変更) that could not be read; %1 the address printed on the card.</extracomment>
        <translation>券面の住所：%1。その後変わっている可能性があります。カード裏面を確認し、現住所を様式に記入してください。</translation>
    </message>
    <message>
        <source>No photo from the chip: %1. Compare the customer with the photo printed on the card.</source>
        <extracomment>Review: the chip&apos;s photo should have been read but was not; %1 why (in the reader&apos;s words).</extracomment>
        <translation>ICチップの写真はありません：%1。券面の写真とご本人を見比べてください。</translation>
    </message>
    <message>
        <source>retry counters</source>
        <extracomment>Review: heading of the retry counters the read touched, each with its answer.</extracomment>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>%1 tries left (read only)</source>
        <extracomment>Review: a retry counter only read (no credential sent to it); %1 the tries it has left.</extracomment>
        <translation>残り%1回（照会のみ）</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>照合済み</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>not sent (last try)</source>
        <translation>未送信（残り1回）</translation>
    </message>
    <message>
        <source>not sent (the card&apos;s settings rule it out)</source>
        <translation>未送信（カードの設定上あり得ない値）</translation>
    </message>
    <message>
        <source>%1 tries left, %2</source>
        <extracomment>Review: a retry counter; %1 the tries it had left when the credential was sent, %2 the card&apos;s answer.</extracomment>
        <translation>残り%1回、%2</translation>
    </message>
    <message>
        <source>%1, card type %2</source>
        <translation>%1（カード種別%2）</translation>
    </message>
    <message>
        <source>The period of stay ended on %1. Check whether an application for renewal was made.</source>
        <translation>在留期間は%1に満了しています。更新等の申請の有無を確認してください。</translation>
    </message>
    <message>
        <source>Status of residence: %1 (code %2)</source>
        <translation>在留資格：%1（コード %2）</translation>
    </message>
    <message>
        <source>Status of residence: code %1 (not in the installed code table)</source>
        <translation>在留資格：コード %1（導入済みのコード表にありません）</translation>
    </message>
    <message>
        <source>Period of stay: %1 (through %2, %3 days left)</source>
        <extracomment>Residence card: the period of stay (e.g. 3年0月), its last day and the days left until then (negative: past).</extracomment>
        <translation>在留期間：%1（%2まで、残り%3日）</translation>
    </message>
    <message>
        <source>Permission date: %1 (kind %2)</source>
        <extracomment>Residence cards: 許可年月日 (the date of the permission the card was issued for) and its kind code.</extracomment>
        <translation>許可年月日：%1（種別 %2）</translation>
    </message>
    <message>
        <source>Permission for activities outside status: %1</source>
        <extracomment>Review, first-generation residence cards: 資格外活動許可 as the card words it.</extracomment>
        <translation>資格外活動許可：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>granted (%1)</source>
        <translation>あり（%1）</translation>
    </message>
    <message>
        <source>Permission for activities outside status: comprehensive %1, individual %2</source>
        <extracomment>Review, residence cards: 資格外活動許可, comprehensive (包括) and individual (個別).</extracomment>
        <translation>資格外活動許可：包括 %1、個別 %2</translation>
    </message>
    <message>
        <source>New-style cards print none of these residence items on their face: they come from the chip.</source>
        <extracomment>Review: new-style residence cards (types 05/06, since 2026-06-14) print none of these items on their face.</extracomment>
        <translation>新様式のカードは、これらの在留事項を券面に印字していません（ICチップから読み取った内容です）。</translation>
    </message>
    <message>
        <source>Genuine, but EXPIRED: every signature verified — see the dates below</source>
        <extracomment>Verdict banner: authentic, but the card (or the period of stay) has expired — not a forgery.</extracomment>
        <translation>真正（ただし有効期間切れ）：全ての署名を確認しました。下の日付を確認してください</translation>
    </message>
    <message>
        <source>Genuine: every signature verified (check the validity dates below)</source>
        <translation>真正：全ての署名を確認しました（有効期間は下で確認してください）</translation>
    </message>
    <message>
        <source>The residence items (在留資格, 在留期間 …) were not read: the checks below say why. Check them by the counter&apos;s other procedure.</source>
        <extracomment>Review of a 07/08 card whose 在留 AP was not read (no card number, refused, or unverified: residence-card-0708.md).</extracomment>
        <translation>在留事項（在留資格・在留期間など）は読み取っていません。理由は下の確認項目にあります。窓口の別の手順で確認してください。</translation>
    </message>
    <message>
        <source>Record of the check only…</source>
        <translation>確認記録のみ…</translation>
    </message>
    <message>
        <source>This purpose&apos;s rule requires the holder&apos;s %1, which this document does not hold: check it on another document. The record of the check says it is missing.</source>
        <extracomment>Review: %1 lists the holder&apos;s items (住居, 生年月日 …) the purpose&apos;s rule requires and this document does not hold.</extracomment>
        <translation>この手続の根拠規定は%1の確認を求めていますが、この書類には記録がありません。補完書類等で確認してください。確認記録には「記載なし」と印字されます。</translation>
    </message>
</context>
<context>
    <name>RevocationPanel</name>
    <message>
        <source>Not revoked? Only the Immigration Services Agency knows: ask its 在留カード等番号失効情報照会 with the card number and expiry date (on a phone via the QR code): %1</source>
        <extracomment>Review, residence cards: revocation is known only online; %1 the ISA&apos;s inquiry page (madoguchi.conf).</extracomment>
        <translation>失効していないかは出入国在留管理庁にしか分かりません。在留カード番号と有効期間で「在留カード等番号失効情報照会」に照会してください（QRコードでスマートフォンから開けます）：%1</translation>
    </message>
    <message>
        <source>I asked it: the card is not revoked</source>
        <extracomment>Review: staff tick this after asking the ISA&apos;s inquiry; the record prints the time.</extracomment>
        <translation>照会し、失効していないことを確認した</translation>
    </message>
    <message>
        <source>QR code of the revocation inquiry page</source>
        <translation>失効情報照会ページのQRコード</translation>
    </message>
</context>
<context>
    <name>RsaKeyObjects</name>
    <message>
        <source>public key: exponent (90) or modulus (91) missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key: not a usable RSA key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <source>%1: the PDF could not be rasterised (pdftoppm from poppler-utils): %2</source>
        <extracomment>madoguchi-verify needs poppler-utils&apos; pdftoppm for PDF input.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image or PDF madoguchi-verify can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecureMessaging</name>
    <message>
        <source>the protected answer is not well-formed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protected answer holds an unexpected object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer carries no MAC (status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MAC of the answer is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown padding indicator in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptogram of the answer is not a whole number of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decrypted answer is not padded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityInfos</name>
    <message>
        <source>SecurityInfos: %1</source>
        <extracomment>%1: what is wrong with EF.CardAccess or DG14 (ICAO 9303 SecurityInfos).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DG14: %1</source>
        <extracomment>%1: what is wrong with DG14.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecurityInfos is not a SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecurityInfos holds something other than a SEQUENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecurityInfo: %1</source>
        <extracomment>%1: what is wrong with one SecurityInfo entry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SecurityInfo does not start with its protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chip-authentication key holds no public key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityObject</name>
    <message>
        <source>EF.SOD does not start with 77</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EF.SOD is not a CMS SignedData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EF.SOD does not hold an LDS security object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EF.SOD holds no LDS security object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EF.SOD: %1</source>
        <extracomment>%1: what is wrong with EF.SOD (the document security object).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EF.SOD has %1 signers, not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EF.SOD carries no document signer certificate</source>
        <translation>EF.SOD に文書署名者証明書がありません</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルが UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a section header like [counter]</source>
        <translation>%1 行目: 「%2」は [counter] のようなセクション見出しではありません</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a setting like key = value</source>
        <translation>%1 行目: 「%2」は key = value の形の設定ではありません</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; stands before any [section]</source>
        <translation>%1 行目: 「%2」がセクションより前にあります</translation>
    </message>
    <message>
        <source>line %1: [%2] %3 was already set on line %4</source>
        <extracomment>%1, %4: line numbers of madoguchi.conf; %2: the section; %3: the setting.</extracomment>
        <translation>%1 行目: [%2] %3 は %4 行目で設定済みです</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: every user may change this file; make it writable by root only (chmod 644)</source>
        <translation>%1: 全ユーザーが変更できるファイルです。root だけが書き込めるようにしてください(chmod 644)</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes; this is not a settings file</source>
        <translation>%1: %2 バイトを超えています。設定ファイルではありません</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 読めません(%2)</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>1 Purpose</source>
        <extracomment>The four steps of a visit, shown at the top of every screen.</extracomment>
        <translation>1 来庁目的</translation>
    </message>
    <message>
        <source>2 Card</source>
        <translation>2 カード</translation>
    </message>
    <message>
        <source>3 Credential</source>
        <translation>3 照合</translation>
    </message>
    <message>
        <source>4 Check and print</source>
        <translation>4 確認・印刷</translation>
    </message>
</context>
<context>
    <name>StillImageSource</name>
    <message>
        <source>the picture %1 cannot be read: %2</source>
        <extracomment>A still picture set as the camera (madoguchi.conf [camera] picture) cannot be read.</extracomment>
        <translation>画像 %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>picture %1</source>
        <translation>画像 %1</translation>
    </message>
</context>
<context>
    <name>StillPicture</name>
    <message>
        <source>the readings of the picture at different sizes do not agree</source>
        <translation>画像の大きさを変えた読み取り結果が一致しません</translation>
    </message>
</context>
<context>
    <name>SurfaceFace</name>
    <message>
        <source>card-face file: no FF20 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card-face file: item %1 missing</source>
        <extracomment>%1: the tag of the missing card-face item.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card-face file: birth date malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemSelfCheck</name>
    <message>
        <source>The print spool keeps printed forms (PreserveJobFiles %1). Set PreserveJobFiles No in /etc/cups/cupsd.conf.</source>
        <extracomment>%1: the setting&apos;s value in /etc/cups/cupsd.conf.</extracomment>
        <translation>印刷スプールが印刷済みの様式を保存しています（PreserveJobFiles %1）。/etc/cups/cupsd.conf で PreserveJobFiles No にしてください。</translation>
    </message>
    <message>
        <source>The print spool keeps a job history (PreserveJobHistory %1). Set PreserveJobHistory No in /etc/cups/cupsd.conf.</source>
        <translation>印刷スプールがジョブ履歴を保存しています（PreserveJobHistory %1）。/etc/cups/cupsd.conf で PreserveJobHistory No にしてください。</translation>
    </message>
    <message>
        <source>The print spool&apos;s settings (%1) cannot be read, so it is not known whether printed forms are kept. Let the kiosk user read the file, and set PreserveJobFiles No and PreserveJobHistory No.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>印刷スプールの設定（%1）を読めないため、印刷済みの様式が保存されるか確認できません。キオスクのユーザーがこのファイルを読めるようにし、PreserveJobFiles No と PreserveJobHistory No にしてください。</translation>
    </message>
    <message>
        <source>Crashing programs&apos; memory is collected (kernel.core_pattern %1): the display&apos;s memory could hold what was on screen. Set Storage=none in /etc/systemd/coredump.conf, or kernel.core_pattern to |/bin/false.</source>
        <extracomment>%1: kernel.core_pattern.</extracomment>
        <translation>異常終了したプログラムのメモリが収集されます（kernel.core_pattern %1）。画面表示のメモリに表示内容が残るおそれがあります。/etc/systemd/coredump.conf で Storage=none にするか、kernel.core_pattern を |/bin/false にしてください。</translation>
    </message>
    <message>
        <source>Protected programs&apos; memory can still be dumped (fs.suid_dumpable %1). Set fs.suid_dumpable to 0.</source>
        <translation>保護されたプログラムのメモリもダンプされる設定です（fs.suid_dumpable %1）。fs.suid_dumpable を 0 にしてください。</translation>
    </message>
</context>
<context>
    <name>TextApFiles</name>
    <message>
        <source>basic-four file: no FF20 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic-four file: name, address, birth date or sex missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextApStyleSession</name>
    <message>
        <source>secure messaging: the answer is not an 86 object with padding indicator 01</source>
        <translation type="unfinished">セキュアメッセージング：応答がパディング指示子01の86データではありません</translation>
    </message>
    <message>
        <source>secure messaging: the decrypted answer is not padded (another session key or IV rule?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlvError</name>
    <message>
        <source>BER-TLV: data ends inside a tag or length at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BER-TLV: malformed multi-byte tag at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BER-TLV: tag longer than three bytes at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BER-TLV: indefinite length at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BER-TLV: length field too long at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BER-TLV: value of tag %1 overruns the data at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BER-TLV: tag %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidityCheck</name>
    <message>
        <source>the card holds no readable date</source>
        <translation>カードに読み取れる日付がありません</translation>
    </message>
    <message>
        <source>valid through %1</source>
        <translation>%1 まで有効</translation>
    </message>
    <message>
        <source>expired: valid through %1</source>
        <extracomment>%1: the last valid day (ISO 8601).</extracomment>
        <translation>有効期限切れ：%1 まで有効でした</translation>
    </message>
</context>
<context>
    <name>VersionedJson</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi</name>
    <message>
        <source>the credential</source>
        <translation>暗証番号・照合番号</translation>
    </message>
    <message>
        <source>the card did not accept %1; %2 tries left</source>
        <translation>カードが%1を受け付けませんでした。残り%2回</translation>
    </message>
    <message>
        <source>the card did not accept %1</source>
        <translation>カードが%1を受け付けませんでした</translation>
    </message>
    <message>
        <source>%1 has only one try left, so nothing was sent: a wrong entry would block the card. Check the credential with the customer, then use --use-last-try</source>
        <translation>%1の残り回数が1回のため送信しませんでした。誤るとロックされます。お客様と確認のうえ --use-last-try を指定してください</translation>
    </message>
    <message>
        <source>the licence PIN</source>
        <translation>免許用暗証番号</translation>
    </message>
    <message>
        <source>%1 is blocked on the card; it can be reset only at the issuing office (My Number card: 市区町村窓口; driver&apos;s licence and licence PIN: 警察の運転免許センター)</source>
        <translation>%1はロックされています。解除は発行元でのみ可能です（マイナンバーカード：市区町村窓口、運転免許証・免許用暗証番号：警察の運転免許センター）</translation>
    </message>
    <message>
        <source>the card number</source>
        <translation>カード番号</translation>
    </message>
    <message>
        <source>the MRZ (document number, birth date, expiry date)</source>
        <translation>MRZ（旅券番号・生年月日・有効期限）</translation>
    </message>
    <message>
        <source>the CAN</source>
        <translation>CAN（カードアクセス番号）</translation>
    </message>
    <message>
        <source>%1 cannot be right, so nothing was sent: the card says its holder set PINs, which are 4 digits</source>
        <extracomment>drivers-licence.md §A3: a PIN the holder set is 4 digits; the default PIN &quot;****&quot; opens only a card without PINs.</extracomment>
        <translation>%1 は正しい値ではありえないため送信しませんでした。カードによれば所持者が暗証番号（4桁）を設定しています</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Serves a virtual identity card to pcscd through vsmartcard-vpcd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type: %1.</source>
        <extracomment>Option help: %1 lists the card types.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: a JSON file, or the id of a shipped persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpcd host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpcd port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model a link of this many bits per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modelled per-APDU turnaround in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refuses extended-length APDUs (6700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--card must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--persona is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be 1..65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bitrate must be positive and --turnaround-ms not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a faulty card: %1.</source>
        <extracomment>Option help: %1 lists the faults.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a card with a quirk of real chips and readers: %1 (combinable).</source>
        <extracomment>Option help: %1 lists the quirks (cap=N, refuse-above=N …); the option may be given several times.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--face-image: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a picture of the document&apos;s face to FILE and exit, instead of serving the card, as madoguchi-read --card-image reads it: a My Number card&apos;s or residence card&apos;s front, a passport&apos;s data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--face-image draws My Number cards, residence cards and passports the persona has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

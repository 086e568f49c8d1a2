<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too short for its header</source>
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
        <source>persona is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona schema must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona needs id, name.kanji and a valid birthDate (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadCommand</name>
    <message>
        <source>--sim takes TYPE:PERSONA with TYPE one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card answered none of the known applications: not a supported identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version detects %1 cards but does not read their data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadReport</name>
    <message>
        <source>Reader:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:     %1 APDUs, %2 bytes sent, %3 bytes received
</source>
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
</context>
<context>
    <name>ResponseApdu</name>
    <message>
        <source>response shorter than its status word</source>
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
    <name>main</name>
    <message>
        <source>Serves a virtual identity card to pcscd through vsmartcard-vpcd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type: %1.</source>
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
        <source>Reads an identity card by its IC chip and prints what was read and verified.
Exit codes: 0 genuine, 1 not genuine or unverified, 2 credential rejected,
3 no pcscd / reader / card, 4 usage, 5 card error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the reader whose name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a virtual card in this process instead of PC/SC (TYPE one of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait this long for a card to be placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log reader and card events (never customer data) on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad arguments; see --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

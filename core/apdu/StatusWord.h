#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace madoguchi {

// The two status bytes SW1-SW2 that end every response (ISO/IEC 7816-4 §5.1.3, tables 5 and 6).
class StatusWord
{
public:
    // ISO/IEC 7816-4 table 6, and the values the cards in shared/specs answer.
    static constexpr quint16 kSuccess = 0x9000;
    static constexpr quint16 kEndOfFileReached = 0x6282;       // fewer bytes than Le: end of file
    static constexpr quint16 kVerifyFailedNoCounter = 0x6300;  // no retry limit (mynumber.md §2)
    static constexpr quint16 kWrongLength = 0x6700;
    static constexpr quint16 kSmNotSupported = 0x6882;
    static constexpr quint16 kIncompatibleFileStructure = 0x6981;
    static constexpr quint16 kSecurityStatusNotSatisfied = 0x6982;
    static constexpr quint16 kAuthenticationMethodBlocked = 0x6983;
    static constexpr quint16 kReferenceDataNotUsable = 0x6984;  // blocked PIN on My Number cards
    static constexpr quint16 kConditionsNotSatisfied = 0x6985;
    static constexpr quint16 kCommandNotAllowed = 0x6986;
    static constexpr quint16 kSmDataObjectsMissing = 0x6987;
    static constexpr quint16 kSmDataObjectsIncorrect = 0x6988;
    static constexpr quint16 kWrongData = 0x6A80;
    static constexpr quint16 kFunctionNotSupported = 0x6A81;
    static constexpr quint16 kFileNotFound = 0x6A82;
    static constexpr quint16 kIncorrectP1P2 = 0x6A86;
    static constexpr quint16 kReferencedDataNotFound = 0x6A88;
    static constexpr quint16 kWrongParameters = 0x6B00;  // offset outside the EF
    static constexpr quint16 kInsNotSupported = 0x6D00;
    static constexpr quint16 kClaNotSupported = 0x6E00;
    static constexpr quint16 kNoPreciseDiagnosis = 0x6F00;

    constexpr StatusWord() = default;
    constexpr explicit StatusWord(quint16 value) : m_value(value) {}
    constexpr StatusWord(quint8 sw1, quint8 sw2) : m_value(quint16((sw1 << 8) | sw2)) {}

    constexpr quint16 value() const { return m_value; }
    constexpr quint8 sw1() const { return quint8(m_value >> 8); }
    constexpr quint8 sw2() const { return quint8(m_value & 0xFF); }

    constexpr bool isSuccess() const { return m_value == kSuccess; }
    // 9000, or 6282 (data returned, end of file reached before Le bytes).
    constexpr bool carriesData() const { return m_value == kSuccess || m_value == kEndOfFileReached; }

    // 63Cx: a verification failed or was queried, x tries are left (ISO/IEC 7816-4 table 6).
    std::optional<int> triesLeft() const;
    // 61xx: xx more bytes wait for GET RESPONSE; 6100 means 256 or more.
    std::optional<int> bytesAvailable() const;
    // 6Cxx: wrong Le, xx is the exact length to send again; 6C00 means 256.
    std::optional<int> exactLength() const;
    // 6984 / 6983: the reference data (PIN, key) can no longer be used.
    constexpr bool isBlocked() const
    {
        return m_value == kReferenceDataNotUsable || m_value == kAuthenticationMethodBlocked;
    }

    // "6A82" — for logs.
    QString toHex() const;
    // A short English meaning for logs and diagnostics, e.g. "file not found".
    QString meaning() const;

    friend constexpr bool operator==(StatusWord a, StatusWord b) = default;
    friend constexpr bool operator==(StatusWord a, quint16 b) { return a.m_value == b; }

private:
    quint16 m_value = 0;
};

} // namespace madoguchi

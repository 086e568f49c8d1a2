#include "core/crypto/X509Chain.h"

#include "core/crypto/Asn1Time.h"
#include "core/crypto/OpenSslPtr.h"

#include <openssl/x509_vfy.h>

namespace madoguchi {
namespace {

using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX_free>>;
// sk_X509_free is a macro-generated inline function: wrap it for the deleter.
void freeStack(STACK_OF(X509) * stack)
{
    sk_X509_free(stack);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeStack>>;

X509Ptr parseDer(QByteArrayView der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    X509* cert = d2i_X509(nullptr, &p, long(der.size()));
    // Trailing bytes (card files are padded) are not part of the certificate.
    return X509Ptr(cert);
}

} // namespace

X509Chain::Outcome X509Chain::verify(QByteArrayView leafDer, const QList<QByteArray>& intermediatesDer,
                                     const QList<const TrustAnchor*>& anchors, const QDateTime& at)
{
    Outcome outcome;
    const X509Ptr leaf = parseDer(leafDer);
    if (!leaf) {
        outcome.error = QStringLiteral("the certificate is not valid DER");
        return outcome;
    }
    outcome.notBefore = Asn1Time::toDateTime(X509_get0_notBefore(leaf.get()));
    outcome.notAfter = Asn1Time::toDateTime(X509_get0_notAfter(leaf.get()));
    X509StorePtr store(X509_STORE_new());
    for (const TrustAnchor* anchor : anchors)
        X509_STORE_add_cert(store.get(), anchor->certificate.get());
    X509StackPtr untrusted(sk_X509_new_null());
    std::vector<X509Ptr> owned;
    for (const QByteArray& der : intermediatesDer) {
        X509Ptr cert = parseDer(der);
        if (!cert)
            continue;
        sk_X509_push(untrusted.get(), cert.get());
        owned.push_back(std::move(cert));
    }
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        outcome.error = QStringLiteral("certificate check could not be set up");
        return outcome;
    }
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(at.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(ctx.get());
        outcome.error = QString::fromUtf8(X509_verify_cert_error_string(error));
        // No installed certificate carries the issuer's name, or the path the card supplied ends in
        // a root that is not installed: an issuer is missing, not a signature that failed. (A leaf
        // that signs itself is no issued certificate at all: that stays a failure.)
        outcome.issuerMissing = error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY || error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT
                                || error == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN;
        if (X509* stuck = X509_STORE_CTX_get_current_cert(ctx.get()); outcome.issuerMissing && stuck) {
            char buffer[512];
            X509_NAME_oneline(X509_get_issuer_name(stuck), buffer, sizeof buffer);
            outcome.missingIssuer = QString::fromUtf8(buffer);
        }
        return outcome;
    }
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
    X509* top = sk_X509_value(chain, sk_X509_num(chain) - 1);
    for (const TrustAnchor* anchor : anchors)
        if (X509_cmp(anchor->certificate.get(), top) == 0)
            outcome.anchor = anchor;
    outcome.valid = outcome.anchor != nullptr;
    if (!outcome.valid)
        outcome.error = QStringLiteral("the path ends outside the trust store");
    return outcome;
}

} // namespace madoguchi

// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkerror.h"

#include <QCoreApplication>
#include <QLocale>

namespace TokenDesk {

// Gives lupdate and the runtime the same context, "TokenDesk::NetworkError".
class NetworkError
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::NetworkError)
};

QString quotedPart(const QString &text)
{
    if (text.size() <= MaxQuotedLength)
        return text;
    qsizetype cut = MaxQuotedLength - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return text.left(cut) + QChar(0x2026);
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply;
    // Qt numbers connection errors 1-99, proxy errors 101-199, protocol errors
    // 301-399; content (2xx) and server (4xx) errors mirror an HTTP status.
    return (error > E::NoError && error < E::ContentAccessDenied) ||
           (error >= E::ProtocolUnknownError && error < E::InternalServerError);
}

TokenResult failureForNetworkError(QNetworkReply::NetworkError error, const QString &detail)
{
    using E = QNetworkReply;
    ErrorKind kind = ErrorKind::Network;
    QString sentence;
    switch (error) {
    case E::ConnectionRefusedError:
        sentence = NetworkError::tr("The server refused the connection.");
        break;
    case E::RemoteHostClosedError:
        sentence =
            NetworkError::tr("The server closed the connection before it finished answering.");
        break;
    case E::HostNotFoundError:
        sentence = NetworkError::tr(
            "The server's name could not be found. Check the base URL and the network.");
        break;
    case E::TimeoutError:
        kind = ErrorKind::Timeout;
        sentence = NetworkError::tr("The connection to the server timed out.");
        break;
    case E::SslHandshakeFailedError:
        kind = ErrorKind::Tls;
        sentence =
            NetworkError::tr("The secure connection to the server could not be established.");
        break;
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
        sentence = NetworkError::tr("The network is not available.");
        break;
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
        sentence = NetworkError::tr("The proxy server could not be used.");
        break;
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        kind = ErrorKind::BadResponse;
        sentence = NetworkError::tr(
            "The server redirected the request somewhere TokenDesk will not follow.");
        break;
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
    case E::ProtocolFailure:
        kind = ErrorKind::BadResponse;
        sentence = NetworkError::tr("The server's reply broke the HTTP protocol.");
        break;
    default:
        sentence = NetworkError::tr("The request failed because of a network problem.");
        break;
    }
    if (!detail.isEmpty())
        sentence +=
            QLatin1String(" (") + quotedPart(detail) + QLatin1Char(')'); // Qt's names the URL
    return TokenResult::failure(kind, sentence);
}

TokenResult tlsFailure(const QList<QSslError> &errors)
{
    bool untrusted = false;
    bool expired = false;
    bool otherHost = false;
    QStringList details;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
            untrusted = true;
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            otherHost = true;
            break;
        default:
            break;
        }
        const QString detail = quotedPart(error.errorString());
        if (!details.contains(detail))
            details.append(detail);
    }
    // The most telling problem first: an untrusted certificate usually means
    // a TLS proxy or a test server, which trusting its CA fixes.
    QString sentence;
    if (untrusted)
        sentence = NetworkError::tr(
            "The server's certificate is not trusted: it is self-signed or its issuer is "
            "unknown. If a corporate TLS proxy or a test server issued it, trust that CA "
            "certificate.");
    else if (expired)
        sentence = NetworkError::tr(
            "The server's certificate has expired or is not valid yet. Check this computer's "
            "date and time.");
    else if (otherHost)
        sentence = NetworkError::tr(
            "The server's certificate belongs to another host name than the base URL's.");
    else
        sentence = NetworkError::tr("The server's certificate was refused.");
    if (!details.isEmpty())
        sentence +=
            QLatin1String(" (") + quotedPart(details.join(QLatin1String("; "))) + QLatin1Char(')');
    return TokenResult::failure(ErrorKind::Tls, sentence);
}

TokenResult timeoutFailure(qint64 timeoutMs)
{
    const int seconds = static_cast<int>((timeoutMs + 999) / 1000);
    return TokenResult::failure(
        ErrorKind::Timeout,
        NetworkError::tr("No reply from the server within %Ln second(s).", nullptr, seconds));
}

TokenResult oversizedReplyFailure(qint64 limitBytes)
{
    return TokenResult::failure(
        ErrorKind::BadResponse,
        NetworkError::tr(
            "The server's reply was larger than %1, far more than a token needs; it was dropped.")
            .arg(QLocale().formattedDataSize(limitBytes)));
}

} // namespace TokenDesk

// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxdata.h"

#include <QCryptographicHash>
#include <QStringList>
#include <algorithm>

namespace TokenDesk::Sandbox {

namespace {

// Word lists for plausible, varied names; a few carry non-ASCII letters, an
// ampersand or a comma so that clients meet them in tables and CSV.
QStringList firstWords()
{
    return {
        QStringLiteral("Northwind"),   QStringLiteral("Blue Harbor"), QStringLiteral("Cedar"),
        QStringLiteral("Golden Gate"), QStringLiteral("Maple"),       QStringLiteral("Silver Lake"),
        QStringLiteral("Redwood"),     QString::fromUtf8("Zürich"),   QStringLiteral("Summit"),
        QStringLiteral("Lumen"),       QStringLiteral("Oakridge"),    QStringLiteral("Bright Path"),
        QStringLiteral("Riverside")};
}

QStringList middleWords()
{
    return {QStringLiteral("Bakery"),  QStringLiteral("Dental Care"), QStringLiteral("Fitness"),
            QStringLiteral("Realty"),  QStringLiteral("Auto Repair"), QStringLiteral("Bistro"),
            QStringLiteral("Travel"),  QStringLiteral("Insurance"),   QStringLiteral("Florist"),
            QString::fromUtf8("Café"), QStringLiteral("Legal"),       QStringLiteral("Logistics")};
}

QStringList suffixWords()
{
    return {QString(),
            QStringLiteral(" Ltd"),
            QStringLiteral(" & Sons"),
            QStringLiteral(" GmbH"),
            QStringLiteral(" LLC"),
            QStringLiteral(", Partners"),
            QStringLiteral(" Inc.")};
}

// "Zürich Café" -> "zurich-cafe": for the e-mail domain.
QString slugOf(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (c.unicode() < 0x80 && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QString hexDigest(const QString &text, QCryptographicHash::Algorithm algorithm, int length)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), algorithm).toHex();
    return QString::fromLatin1(digest.left(length));
}

constexpr qint64 MsPerHour = 60LL * 60 * 1000;
constexpr qint64 MsPerDay = 24 * MsPerHour;

} // namespace

QJsonObject customerToJson(const Customer &customer)
{
    return QJsonObject{
        {QStringLiteral("_id"), customer.id},
        {QStringLiteral("name"), customer.name},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("email"), customer.email}}},
        {QStringLiteral("verified"), customer.verified},
        {QStringLiteral("status"), customer.status},
        {QStringLiteral("subscriptionType"), customer.subscriptionType},
        {QStringLiteral("createdAt"), isoTimestamp(customer.createdAt)},
        {QStringLiteral("updatedAt"), isoTimestamp(customer.updatedAt)},
        {QStringLiteral("lastLogin"), isoTimestamp(customer.lastLogin)},
    };
}

QString isoTimestamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QString derivedToken(const QString &seed)
{
    return QStringLiteral("bp_") + hexDigest(QStringLiteral("tokendesk-sandbox-token-") + seed,
                                             QCryptographicHash::Sha256, 32);
}

SandboxData::SandboxData(int customerCount)
{
    const int count = std::max(0, customerCount);
    const QStringList first = firstWords();
    const QStringList middle = middleWords();
    const QStringList suffix = suffixWords();
    const QStringList subscriptions = {QStringLiteral("v2"), QStringLiteral("v2"),
                                       QStringLiteral("free"), QStringLiteral("v1"),
                                       QStringLiteral("trial")};

    // Spread creation dates over at most about three years, oldest first, as
    // sort=createdAt promises.
    const QDateTime base(QDate(2023, 1, 9), QTime(8, 30), Qt::UTC);
    const qint64 step = std::min<qint64>(2 * MsPerDay + 3 * MsPerHour + 1061123,
                                         3 * 365 * MsPerDay / std::max(count, 1));

    m_customers.reserve(count);
    for (int i = 0; i < count; ++i) {
        Customer c;
        c.id = hexDigest(QStringLiteral("tokendesk-sandbox-customer-%1").arg(i),
                         QCryptographicHash::Sha1, 24);
        const QString business = first.at(i % first.size()) + u' ' +
                                 middle.at((i * 5 + i / first.size()) % middle.size());
        c.name = business + suffix.at((i * 3 + 1) % suffix.size());
        c.email = QStringLiteral("owner%1@%2.example").arg(i + 1).arg(slugOf(business));
        c.verified = i % 3 != 2;
        c.status = i % 7 == 6 ? QStringLiteral("INACTIVE") : QStringLiteral("ACTIVE");
        c.subscriptionType = subscriptions.at(i % subscriptions.size());
        c.createdAt = base.addMSecs(i * step + (i * 137) % 1000);
        const qint64 n = i + 1;
        c.updatedAt = c.createdAt.addMSecs((n * 7919) % 200 * MsPerDay + (n * 4099) % MsPerDay);
        c.lastLogin = c.updatedAt.addMSecs((n * 37) % 48 * MsPerHour + (n * 611) % MsPerHour);
        c.tokenKey = derivedToken(QStringLiteral("customer:") + c.id);
        c.tokenActive = i % 5 != 4;
        m_byId.insert(c.id, i);
        m_customers.append(c);
    }

    const auto member = [](const char *email, const char *type, bool active) {
        const QString address = QString::fromLatin1(email);
        const QString kind = QString::fromLatin1(type);
        return TeamMember{address, kind,
                          derivedToken(QStringLiteral("team:") + kind + u':' + address), active};
    };
    m_team = {member(TeamAgentEmail1, "AGENT", true), member(TeamAgentEmail2, "AGENT", false),
              member(TeamCustomUserEmail1, "CUSTOM_USER", true),
              member(TeamCustomUserEmail2, "CUSTOM_USER", false)};
}

const Customer *SandboxData::findById(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_customers.at(*it);
}

bool SandboxData::findMemberToken(const QString &email, const QString &type, QString *key,
                                  bool *active) const
{
    if (type == QLatin1String("CUSTOMER")) {
        for (const Customer &c : m_customers) {
            if (c.email.compare(email, Qt::CaseInsensitive) == 0) {
                *key = c.tokenKey;
                *active = c.tokenActive;
                return true;
            }
        }
        return false;
    }
    for (const TeamMember &m : m_team) {
        if (m.type == type && m.email.compare(email, Qt::CaseInsensitive) == 0) {
            *key = m.tokenKey;
            *active = m.tokenActive;
            return true;
        }
    }
    return false;
}

QList<Customer> SandboxData::page(int page, int pageSize) const
{
    if (page < 1 || pageSize < 1)
        return {};
    const qint64 from = qint64(page - 1) * pageSize;
    if (from >= m_customers.size())
        return {};
    return m_customers.mid(from, pageSize);
}

QList<Customer> SandboxData::page(int page, const ListPaging &paging) const
{
    const int size = std::max(paging.pageSize, 1);
    const qint64 stride = std::max(size - std::max(paging.overlap, 0), 1);
    const qint64 count = m_customers.size();
    const qint64 lastPage = count == 0 ? 0 : (count - 1) / stride + 1;
    if (page < 1 || lastPage == 0)
        return {};
    qint64 index = page;
    if (index > lastPage) {
        switch (paging.pastEnd) {
        case PastEndPages::Empty:
            return {};
        case PastEndPages::RepeatLast:
            index = lastPage;
            break;
        case PastEndPages::WrapAround:
            index = (index - 1) % lastPage + 1;
            break;
        }
    }
    return m_customers.mid((index - 1) * stride, size);
}

} // namespace TokenDesk::Sandbox

// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerparser.h"

#include "replyparser.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace TokenDesk {

// Gives lupdate and the runtime the same context, "TokenDesk::CustomerParser".
class CustomerParser
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::CustomerParser)
};

namespace {

QString stringField(const QJsonObject &object, QLatin1String name)
{
    return object.value(name).toString(); // empty unless a string
}

QDateTime dateField(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    if (!value.isString())
        return {};
    // Qt::ISODateWithMs reads with or without milliseconds, "Z" or an offset.
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonValue dateJson(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

CustomerPageResult parseCustomerPage(int httpStatus, const QByteArray &body)
{
    const ReplyEnvelope envelope =
        checkReplyEnvelope(httpStatus, body, PartnerEndpoint::CustomerList);
    if (!envelope.ok)
        return CustomerPageResult::failure(envelope.errorKind, envelope.error, httpStatus);

    const QJsonValue data = envelope.object.value(QLatin1String("data"));
    if (!data.isArray())
        return CustomerPageResult::failure(
            ErrorKind::BadResponse,
            CustomerParser::tr("The server's reply does not hold a customer list in the "
                               "expected form."),
            httpStatus);

    CustomerPageResult result;
    result.ok = true;
    result.httpStatus = httpStatus;
    const QJsonArray entries = data.toArray();
    result.customers.reserve(entries.size());
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QJsonValue id = object.value(QLatin1String("_id"));
        if (!id.isString() || id.toString().isEmpty()) {
            ++result.skipped;
            continue;
        }
        Customer customer;
        customer.id = id.toString();
        customer.name = stringField(object, QLatin1String("name"));
        customer.email =
            stringField(object.value(QLatin1String("contact")).toObject(), QLatin1String("email"));
        customer.verified = object.value(QLatin1String("verified")).toBool(false);
        customer.status = stringField(object, QLatin1String("status"));
        customer.subscriptionType = stringField(object, QLatin1String("subscriptionType"));
        customer.createdAt = dateField(object, QLatin1String("createdAt"));
        customer.updatedAt = dateField(object, QLatin1String("updatedAt"));
        customer.lastLogin = dateField(object, QLatin1String("lastLogin"));
        result.customers.append(customer);
    }
    return result;
}

QJsonObject customerToJson(const Customer &customer)
{
    return QJsonObject{
        {QStringLiteral("_id"), customer.id},
        {QStringLiteral("name"), customer.name},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("email"), customer.email}}},
        {QStringLiteral("verified"), customer.verified},
        {QStringLiteral("status"), customer.status},
        {QStringLiteral("subscriptionType"), customer.subscriptionType},
        {QStringLiteral("createdAt"), dateJson(customer.createdAt)},
        {QStringLiteral("updatedAt"), dateJson(customer.updatedAt)},
        {QStringLiteral("lastLogin"), dateJson(customer.lastLogin)},
    };
}

} // namespace TokenDesk

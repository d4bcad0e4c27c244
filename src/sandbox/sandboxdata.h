// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deterministic made-up customers and team members for the sandbox: the same
// count always gives the same ids, names, dates and tokens.

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace TokenDesk::Sandbox {

inline constexpr int DefaultCustomerCount = 40;

// Generated team members, for /ext/get-user-token?email=E&type=T.
// agent2 and custom2 have inactive tokens.
inline constexpr char TeamAgentEmail1[] = "agent1@sandbox.example";
inline constexpr char TeamAgentEmail2[] = "agent2@sandbox.example";
inline constexpr char TeamCustomUserEmail1[] = "custom1@sandbox.example";
inline constexpr char TeamCustomUserEmail2[] = "custom2@sandbox.example";

struct Customer
{
    QString id; // 24 lower-case hex characters, like a MongoDB ObjectId
    QString name;
    QString email; // contact.email; also works with type=CUSTOMER
    bool verified = false;
    QString status; // ACTIVE or INACTIVE
    QString subscriptionType;
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QDateTime lastLogin;
    QString tokenKey;        // "bp_" + 32 hex characters
    bool tokenActive = true; // false for every fifth customer (index % 5 == 4)
};

// What /customer/list answers for a page past the last one. The real service
// sends an empty page; the others imitate servers that never end the list.
enum class PastEndPages {
    Empty,
    RepeatLast, // the last page again, and again
    WrapAround, // page 1, 2, … again
};

// How /customer/list cuts the customers into pages.
struct ListPaging
{
    int pageSize = 20;
    int overlap = 0; // entries each page repeats from the end of the one before
    PastEndPages pastEnd = PastEndPages::Empty;
};

struct TeamMember
{
    QString email;
    QString type; // AGENT or CUSTOM_USER
    QString tokenKey;
    bool tokenActive = true;
};

// The customer's list entry as /customer/list returns it.
QJsonObject customerToJson(const Customer &customer);

// ISO-8601 UTC with milliseconds and a trailing Z.
QString isoTimestamp(const QDateTime &dateTime);

// A "bp_" + 32 hex token derived from seed.
QString derivedToken(const QString &seed);

class SandboxData final
{
public:
    explicit SandboxData(int customerCount = DefaultCustomerCount);

    const QList<Customer> &customers() const { return m_customers; }
    const QList<TeamMember> &teamMembers() const { return m_team; }
    const Customer *findById(const QString &id) const;
    // Case-insensitive; type is AGENT, CUSTOM_USER or CUSTOMER.
    // Returns the token's key and active flag, or false when unknown.
    bool findMemberToken(const QString &email, const QString &type, QString *key,
                         bool *active) const;
    // Page (1-based) of the customers, empty past the end or for page < 1.
    QList<Customer> page(int page, int pageSize) const;
    // The same with overlapping pages and a choice of what comes past the end.
    QList<Customer> page(int page, const ListPaging &paging) const;

private:
    QList<Customer> m_customers;
    QList<TeamMember> m_team;
    QHash<QString, qsizetype> m_byId;
};

} // namespace TokenDesk::Sandbox

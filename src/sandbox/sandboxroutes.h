// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the sandbox answers to one request: the two partner endpoints, their
// errors and the fault user IDs. No sockets here; SandboxConnection carries
// the RouteReply out, including the ones that misbehave on the wire.

#include "httpmessage.h"
#include "sandboxdata.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>

namespace TokenDesk::Sandbox {

// The agency key that --demo uses; SandboxServer::demoKey() returns it.
inline constexpr char DemoAgencyKey[] = "demo-agency-key-0000";

enum class ReplyAction {
    Respond,        // send response whole
    Hang,           // never answer
    Reset,          // reset the connection, no reply
    Truncate,       // head announcing announcedLength, then response.body, then close
    CloseAfterHead, // head announcing announcedLength, then close
    Drip,           // head, then response.body one byte per FaultDripIntervalMs
    Stream,         // head, then response.body in chunks as the socket drains
};

struct RouteReply
{
    ReplyAction action = ReplyAction::Respond;
    HttpResponse response;
    qint64 announcedLength = -1;
};

class SandboxRoutes final
{
public:
    SandboxRoutes();

    RouteReply handle(const HttpRequest &request);
    // 400 for a request that could not be parsed; the connection then closes.
    static RouteReply malformedRequest(const QByteArray &why);

    void setAgencyKey(const QString &key) { m_agencyKey = key; }
    void setCustomerCount(int count) { m_data = SandboxData(count); }
    void setPageSize(int size) { m_paging.pageSize = size; }
    void setPageOverlap(int overlap) { m_paging.overlap = overlap; }
    void setPastEndPages(PastEndPages mode) { m_paging.pastEnd = mode; }
    // See SandboxServer::setListFailure().
    void setListFailure(int httpStatus, int count, int fromPage);
    void setPort(quint16 port) { m_port = port; }
    void setUnknownPathPage(bool html) { m_unknownPathPage = html; }
    // Makes percent of the token requests for known customers fail with a
    // quick transient fault (500, 502, 503 or a cut-off body), repeatably.
    void setRandomFaults(int percent, quint32 seed)
    {
        m_randomFaultPercent = percent;
        m_randomFaults.seed(seed);
    }
    const SandboxData &data() const { return m_data; }
    QString lastDecodedUserId() const { return m_lastDecodedUserId; }
    // Forgets the flaky sequences and the last user ID.
    void reset();

private:
    RouteReply tokenRoute(const HttpRequest &request);
    RouteReply listRoute(const HttpRequest &request);
    // The reply for a fault or echo user ID; false when userId is neither.
    bool specialReply(const QString &userId, RouteReply *reply);
    bool authorized(const HttpRequest &request) const;

    SandboxData m_data;
    QString m_agencyKey;
    ListPaging m_paging;
    int m_listFailureStatus = 0; // 0: the list answers normally
    int m_listFailuresLeft = 0;  // -1: every time
    int m_listFailureFromPage = 1;
    quint16 m_port = 0;
    bool m_unknownPathPage = false; // nginx's HTML 404 for a path that is no endpoint
    QString m_lastDecodedUserId;
    QHash<QString, qint64> m_flakyCounts;
    int m_randomFaultPercent = 0;
    QRandomGenerator m_randomFaults;
};

} // namespace TokenDesk::Sandbox

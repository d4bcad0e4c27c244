// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idfilecollector.h"

#include "inputpolicy.h"

#include <algorithm>

namespace TokenDesk {

namespace {

// A cell quoted in a warning: short, and harmless on a terminal.
QString shown(QStringView text)
{
    QString result = text.left(60).toString();
    std::replace_if(
        result.begin(), result.end(), [](QChar c) { return c.category() == QChar::Other_Control; },
        QChar(QChar::ReplacementCharacter));
    return text.size() > 60 ? result + QChar(0x2026) : result;
}

} // namespace

void IdFileCollector::warn(int line, const QString &sentence)
{
    m_file.skipped.append({line, m_rowText, sentence, m_sink ? m_taken : m_file.queries.size()});
    if (m_file.warnings.size() < MaxIdFileWarnings)
        m_file.warnings.append(sentence);
    else
        ++m_unlisted;
}

void IdFileCollector::addUser(const QString &id, int line)
{
    if (const QString problem = userIdProblem(id); !problem.isEmpty())
        return warn(line,
                    IdFileReader::tr("Line %1: %2 Skipped.").arg(QString::number(line), problem));
    add(TokenQuery::forUser(id));
}

void IdFileCollector::addMember(const QString &email, const QString &typeText, int line)
{
    const QString type = memberTypeFromText(typeText);
    if (email.isEmpty())
        return warn(line, IdFileReader::tr("Line %1 has no email; skipped.").arg(line));
    if (const QString problem = memberEmailProblem(email); !problem.isEmpty())
        return warn(line,
                    IdFileReader::tr("Line %1: %2 Skipped.").arg(QString::number(line), problem));
    if (typeText.isEmpty())
        return warn(line, IdFileReader::tr("Line %1 has no type; skipped.").arg(line));
    if (type.isEmpty())
        return warn(line, IdFileReader::tr("Line %1 has the type “%2”, not AGENT, CUSTOM_USER or "
                                           "CUSTOMER; skipped.")
                              .arg(QString::number(line), shown(typeText)));
    add(TokenQuery::forMember(email, type));
}

void IdFileCollector::finish()
{
    if (m_unlisted > 0)
        m_file.warnings.append(IdFileReader::tr("… and %1 more.").arg(m_unlisted));
    if (m_offered == 0 && m_file.problem.isEmpty())
        m_file.problem = m_file.kind == IdFile::Kind::MemberCsv
                             ? IdFileReader::tr("The file holds no team members.")
                             : IdFileReader::tr("The file holds no user IDs.");
}

void IdFileCollector::add(const TokenQuery &query)
{
    ++m_offered;
    if (m_sink) {
        if (m_sink(query))
            ++m_taken;
        else
            ++m_file.duplicates;
        return;
    }
    const QString id = query.id();
    if (m_seen.contains(id)) {
        ++m_file.duplicates;
        return;
    }
    m_seen.insert(id);
    m_file.queries.append(query);
}

} // namespace TokenDesk

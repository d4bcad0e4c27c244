// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

// What is wrong with a Qt Linguist catalogue, one sentence a problem:
// unfinished, vanished or obsolete entries, empty forms, placeholders or
// mnemonics that the translation lost or invented.
QStringList catalogueProblems(const QByteArray &tsXml);

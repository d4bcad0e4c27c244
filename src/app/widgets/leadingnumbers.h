// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace TokenDesk {

// A bare number has no direction of its own, so a spin box sets it at the
// left even in a right-to-left window, unlike the "٣٠ ث" beside it. This sets
// every spin box under root to show its value at its leading edge, and again
// whenever its direction changes (the language switched at run time).
void keepNumbersAtLeadingEdge(QWidget *root);

} // namespace TokenDesk

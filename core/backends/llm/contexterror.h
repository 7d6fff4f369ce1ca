// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apierror.h"

namespace c41::backends {

// llama.cpp's HTTP 400 exceed_context_size_error ("request (428 tokens) exceeds
// the available context size (256 tokens), …") made readable:
// "the prompt (428 tokens) does not fit the model's context (256)".
class ContextError
{
public:
    // Returns the error rewritten when it is a context overflow, else unchanged.
    static net::ApiError rewrite(net::ApiError error);
};

} // namespace c41::backends

#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace madoguchi {

// One fuzz input for a target with several parsers: the first byte chooses the parser, the rest is
// what it gets. The seed corpus (SeedCorpus.cpp) writes every seed once per choice.
struct FuzzInput
{
    static constexpr int kMaxChoices = 8;

    int choice = 0;
    QByteArrayView payload;

    static FuzzInput split(const uint8_t* data, size_t size, int choices)
    {
        if (size == 0)
            return {};
        return {int(data[0]) % choices, QByteArrayView(data + 1, qsizetype(size - 1))};
    }
};

} // namespace madoguchi

#pragma once

#include <QTranslator>

namespace madoguchi {

// Qt's tr() in a QObject of namespace madoguchi asks for context "madoguchi::Class", while lupdate
// files the text under "Class". This translator answers both.
class ProductTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr, int n = -1) const override;
};

} // namespace madoguchi

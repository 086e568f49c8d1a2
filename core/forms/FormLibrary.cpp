#include "core/forms/FormLibrary.h"

#include "core/forms/FormFiller.h"

#include <QDir>

namespace madoguchi {

Result<FormLibrary, QString> FormLibrary::load(const QString& directory)
{
    FormLibrary library;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto form = FormTemplate::load(dir.filePath(name));
        if (!form)
            return form.error();
        if (library.m_forms.contains(form->id()))
            return tr("form %1 is defined twice (%2)").arg(form->id(), name);
        library.m_forms.insert(form->id(), std::move(form).value());
    }
    if (library.m_forms.isEmpty())
        return tr("no form templates in %1").arg(directory);
    return library;
}

const FormTemplate* FormLibrary::find(const QString& id) const
{
    const auto it = m_forms.constFind(id);
    return it == m_forms.cend() ? nullptr : &it.value();
}

QString FormLibrary::check(const PurposeCatalog& purposes) const
{
    for (const Purpose& purpose : purposes.purposes())
        for (const QString& form : purpose.forms)
            if (!find(form))
                return tr("purpose %1 prints form %2, which does not exist").arg(purpose.id, form);
    return {};
}

QList<FormPage> FormLibrary::pagesFor(const Purpose& purpose, const IdentityRecord& record, const EvidenceRecord& evidence,
                                      const QString& language) const
{
    QList<FormPage> pages;
    for (const QString& id : purpose.forms)
        if (const FormTemplate* form = find(id))
            pages.append(FormPage{*form, FormFiller::fill(*form, purpose, record, evidence, language)});
    return pages;
}

} // namespace madoguchi

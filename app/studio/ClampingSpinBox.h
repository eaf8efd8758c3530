// nnscope studio: a spin box that takes a number past its maximum and clamps it there, visibly, when
// editing ends. QSpinBox rejects the keystroke that passes the maximum, so typing 5000 where 2,717 rows
// exist silently gave 500.
#pragma once

#include <QSpinBox>

class ClampingSpinBox : public QSpinBox {
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString& input, int& position) const override
    {
        const QValidator::State state = QSpinBox::validate(input, position);
        bool number = false;
        const qlonglong typed = locale().toLongLong(stripped(input), &number);
        // Larger than the maximum: not wrong yet, only to be clamped (fixup) when editing ends.
        return state == QValidator::Invalid && number && typed > maximum() ? QValidator::Intermediate : state;
    }
    void fixup(QString& input) const override
    {
        bool number = false;
        const qlonglong typed = locale().toLongLong(stripped(input), &number);
        if (number && typed > maximum())
            input = prefix() + locale().toString(maximum()) + suffix();
        else
            QSpinBox::fixup(input);
    }

private:
    QString stripped(QString input) const
    {
        if (!prefix().isEmpty() && input.startsWith(prefix()))
            input.remove(0, prefix().size());
        if (!suffix().isEmpty() && input.endsWith(suffix()))
            input.chop(suffix().size());
        return input.trimmed().remove(locale().groupSeparator());
    }
};

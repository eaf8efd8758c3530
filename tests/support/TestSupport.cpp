#include "support/TestSupport.h"

#include "core/Error.h"
#include "core/Random.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace nnscope::test {

std::vector<float> randomMatrix(std::size_t rows, std::size_t dim, std::uint64_t seed)
{
    Random random(seed);
    std::vector<float> values(rows * dim);
    for (float& v : values)
        v = static_cast<float>(random.normal());
    return values;
}

std::vector<float> blobMatrix(std::size_t groups, std::size_t perGroup, std::size_t dim, double spread, std::uint64_t seed)
{
    Random random(seed);
    std::vector<float> values;
    for (std::size_t g = 0; g < groups; ++g)
        for (std::size_t i = 0; i < perGroup; ++i)
            for (std::size_t j = 0; j < dim; ++j)
                values.push_back(static_cast<float>((j == g % dim ? 10.0 * double(g + 1) : 0.0) + spread * random.normal()));
    return values;
}

std::vector<NaiveNeighbor> naiveKnn(MatrixView base, const float* query, std::size_t k, Metric metric,
                                    std::int64_t excluded)
{
    std::vector<NaiveNeighbor> all;
    for (std::size_t i = 0; i < base.rows; ++i) {
        if (static_cast<std::int64_t>(i) == excluded)
            continue;
        const float* x = base.row(i);
        double value = 0.0;
        if (metric == Metric::L2) {
            for (std::size_t j = 0; j < base.dim; ++j)
                value += (double(x[j]) - double(query[j])) * (double(x[j]) - double(query[j]));
            value = std::sqrt(value);
        } else {
            double dot = 0.0, xx = 0.0, qq = 0.0;
            for (std::size_t j = 0; j < base.dim; ++j) {
                dot += double(x[j]) * double(query[j]);
                xx += double(x[j]) * double(x[j]);
                qq += double(query[j]) * double(query[j]);
            }
            if (metric == Metric::InnerProduct)
                value = dot;
            else
                value = (xx > 0 && qq > 0) ? 1.0 - dot / (std::sqrt(xx) * std::sqrt(qq)) : 1.0;
        }
        all.push_back({static_cast<std::int64_t>(i), value});
    }
    const bool largerIsCloser = metric == Metric::InnerProduct;
    std::sort(all.begin(), all.end(), [&](const NaiveNeighbor& a, const NaiveNeighbor& b) {
        if (a.distance != b.distance)
            return largerIsCloser ? a.distance > b.distance : a.distance < b.distance;
        return a.id < b.id;
    });
    all.resize(std::min(k, all.size()));
    return all;
}

void writeFile(const QString& path, const std::string& bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes.data(), static_cast<qint64>(bytes.size())), static_cast<qint64>(bytes.size()));
}

std::string gloveText(const std::vector<float>& values, std::size_t dim)
{
    std::string text;
    char buffer[32];
    for (std::size_t i = 0; i < values.size() / dim; ++i) {
        text += "w" + std::to_string(i);
        for (std::size_t j = 0; j < dim; ++j) {
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, values[i * dim + j]).ptr;
            text += ' ';
            text.append(buffer, end);
        }
        text += '\n';
    }
    return text;
}

std::vector<std::vector<std::string>> csvRecords(const std::string& text)
{
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                records.back().back() += text[++i];
            else if (c == '"')
                quoted = false;
            else
                records.back().back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\n') {
            records.emplace_back(1);
        } else if (c != '\r') {
            records.back().back() += c;
        }
    }
    if (records.back().size() == 1 && records.back().front().empty())
        records.pop_back(); // the newline after the last record
    return records;
}

std::string errorOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const Error& error) {
        return error.what();
    }
    return "<no error>";
}

} // namespace nnscope::test

#include "core/Notice.h"

namespace nnscope {
namespace {

std::string count(const Notice& notice, std::size_t i)
{
    return i < notice.counts.size() ? std::to_string(notice.counts[i]) : "?";
}

std::string body(const Notice& notice)
{
    switch (notice.kind) {
    case Notice::Kind::LeavesCapped:
        return "ScaNN: " + count(notice, 0) + " leaves asked for " + count(notice, 1) + " training points; using " + count(notice, 1);
    case Notice::Kind::AllLeavesSearched: return "ScaNN: searching all " + count(notice, 0) + " leaves";
    case Notice::Kind::FewRowsPerList:
        return count(notice, 0) + " rows train " + count(notice, 1) + " lists (FAISS advises at least 39 rows per list)";
    case Notice::Kind::EmptyClusters:
        return count(notice, 0) + " of " + count(notice, 1) + " clusters are empty: the data has fewer distinct points than clusters";
    case Notice::Kind::Text: return notice.text;
    }
    return notice.text;
}

} // namespace

std::string noticeText(const Notice& notice)
{
    return notice.subject.empty() ? body(notice) : notice.subject + ": " + body(notice);
}

std::vector<std::string> noticeTexts(const std::vector<Notice>& notices)
{
    std::vector<std::string> texts;
    for (const Notice& notice : notices)
        texts.push_back(noticeText(notice));
    return texts;
}

std::vector<Notice> noticesFromTexts(const std::vector<std::string>& texts)
{
    std::vector<Notice> notices;
    for (const std::string& text : texts)
        notices.push_back({Notice::Kind::Text, {}, {}, text});
    return notices;
}

} // namespace nnscope

// nnscope engine — core: a warning the engine reports (a setting it adjusted, advice it could not follow)
// as a typed kind with its numbers, never an English phrase parsed back: the CLI and results.json carry
// its English (noticeText), the studio translates each kind (app/studio/TableText.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace nnscope {

struct Notice {
    enum class Kind {
        LeavesCapped,      ///< ScaNN: counts {leaves asked, training points (= leaves used)}
        AllLeavesSearched, ///< ScaNN: counts {leaves}
        FewRowsPerList,    ///< FAISS IVF: counts {training rows, lists}; it advises 39 rows per list
        EmptyClusters,     ///< k-means: counts {empty, clusters}
        Text,              ///< read back from a results file: only its English (`text`) is known
    };
    Kind kind = Kind::Text;
    std::string subject;             ///< the system it concerns (a label), or empty
    std::vector<std::size_t> counts; ///< the kind's numbers, in the order above
    std::string text;                ///< Kind::Text: the English

    static Notice of(Kind kind, std::string subject, std::vector<std::size_t> counts) { return {kind, std::move(subject), std::move(counts), {}}; }
    /// The same notice about another subject (an experiment names the system it measured).
    Notice about(std::string label) const
    {
        Notice copy = *this;
        copy.subject = std::move(label);
        return copy;
    }
};

/// The notice in English, its subject first: "faiss-ivf: 1000 rows train 32 lists (FAISS advises at least
/// 39 rows per list)".
std::string noticeText(const Notice& notice);
/// Every notice's English (for JSON and the terminal).
std::vector<std::string> noticeTexts(const std::vector<Notice>& notices);
/// Notices read back from their English (results.json): Kind::Text.
std::vector<Notice> noticesFromTexts(const std::vector<std::string>& texts);

} // namespace nnscope

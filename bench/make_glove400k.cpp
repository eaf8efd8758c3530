// Writes the 400,000-word benchmark file of docs/benchmarks.md: the real GloVe 6B vocabulary
// (bench/data/glove.6B.vocab400k.txt, attribution in resources/data/SOURCES.md) with clustered
// synthetic 100-d values — 2,000 Gaussian centres, each word a centre plus noise — written in GloVe's
// text format with GloVe's precision (up to 6 decimals). Seeded, so anyone can rerun the table:
//   make_glove400k VOCAB OUT [rows] [dim] [seed]
// Past the vocabulary (the 1,000,000-row file of the million-rows benchmark) rows are named
// synthetic_<row>, so no one mistakes them for words.
#include "core/Random.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: make_glove400k VOCAB OUT [rows=400000] [dim=100] [seed=0]\n";
        return 2;
    }
    const std::size_t rows = argc > 3 ? std::stoul(argv[3]) : 400000, dim = argc > 4 ? std::stoul(argv[4]) : 100;
    const std::uint64_t seed = argc > 5 ? std::stoull(argv[5]) : 0;
    std::ifstream vocabulary(argv[1]);
    std::vector<std::string> words;
    for (std::string word; words.size() < rows && std::getline(vocabulary, word);)
        words.push_back(word);
    if (words.empty()) {
        std::cerr << "make_glove400k: " << argv[1] << " holds no words\n";
        return 1;
    }
    if (words.size() < rows)
        std::cerr << "make_glove400k: " << argv[1] << " holds " << words.size() << " words; rows past them are named synthetic_<row>\n";
    for (std::size_t i = words.size(); i < rows; ++i)
        words.push_back("synthetic_" + std::to_string(i));
    constexpr std::size_t kCentres = 2000;
    nnscope::Random random(seed);
    std::vector<double> centres(kCentres * dim);
    for (double& c : centres)
        c = 0.4 * random.normal();
    std::FILE* out = std::fopen(argv[2], "w");
    if (!out) {
        std::cerr << "make_glove400k: cannot write " << argv[2] << "\n";
        return 1;
    }
    for (std::size_t i = 0; i < rows; ++i) {
        // Frequent words (low ranks) sit closer to their centres, as GloVe's do to their neighbourhoods.
        const std::size_t centre = random.below(kCentres);
        const double spread = 0.25 + 0.25 * static_cast<double>(i) / static_cast<double>(rows);
        std::fputs(words[i].c_str(), out);
        for (std::size_t j = 0; j < dim; ++j)
            std::fprintf(out, " %.6g", centres[centre * dim + j] + spread * random.normal());
        std::fputc('\n', out);
    }
    return std::fclose(out) == 0 ? 0 : 1;
}

// nnscope studio: "the latest request wins" for short background jobs (inspecting a query, routing it
// through the partitions, reading the chosen data, previewing its projection). A new request supersedes
// the previous one: its CancelToken is cancelled — so a job still queued on Qt's thread pool does not
// start, and engine work that takes the token stops at its next check — and its answer, should it
// still arrive, is dropped. The current request's answer reaches the owner's (GUI) thread.
#pragma once

#include "core/CancelToken.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

namespace nnscope::studio {

template <typename Result>
class LatestRequest {
public:
    explicit LatestRequest(QObject* owner) : owner_(owner) {}
    ~LatestRequest() { supersede(); }
    LatestRequest(const LatestRequest&) = delete;
    LatestRequest& operator=(const LatestRequest&) = delete;

    /// Runs `work(token)` on Qt's thread pool, superseding the request before it. If this request is
    /// still the latest when the work ends, `done(result)` runs on the owner's thread — or, when the work
    /// threw, `failed(message)` (the engine's one-line error).
    void start(std::function<Result(const CancelToken&)> work, std::function<void(const Result&)> done,
               std::function<void(const QString&)> failed = {})
    {
        supersede();
        auto token = std::make_shared<CancelToken>();
        current_ = token;
        auto* watcher = new QFutureWatcher<Outcome>(owner_);
        QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, owner_,
                         [this, watcher, token, done = std::move(done), failed = std::move(failed)] {
                             watcher->deleteLater();
                             const Outcome outcome = watcher->result();
                             if (token != current_ || token->isCancelled())
                                 return; // superseded
                             current_.reset();
                             if (outcome.result)
                                 done(*outcome.result);
                             else if (failed && outcome.error)
                                 failed(*outcome.error);
                         });
        watcher->setFuture(QtConcurrent::run([work = std::move(work), token]() -> Outcome {
            Outcome outcome;
            if (token->isCancelled())
                return outcome; // superseded before it started
            try {
                outcome.result = work(*token);
            } catch (const Cancelled&) {
            } catch (const std::exception& error) {
                outcome.error = QString::fromUtf8(error.what());
            }
            return outcome;
        }));
    }

    /// Cancels the request in flight, if any: its answer will be dropped.
    void supersede()
    {
        if (current_)
            current_->cancel();
        current_.reset();
    }

    bool running() const { return current_ != nullptr; }

private:
    struct Outcome {
        std::optional<Result> result;
        std::optional<QString> error;
    };

    QObject* owner_;
    std::shared_ptr<CancelToken> current_;
};

} // namespace nnscope::studio

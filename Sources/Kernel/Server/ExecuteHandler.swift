/// `execute_request`: the counter, history, execute_input, outputs, result or
/// error, the reply, and aborting what was queued behind a failure.
extension KernelServer {
    func execute(_ request: Request) {
        let started = HeaderFactory.now()
        let content = request.content
        let code = content["code"]?.stringValue ?? ""
        let silent = content["silent"]?.boolValue ?? false
        let storeHistory = silent ? false : (content["store_history"]?.boolValue ?? true)
        let allowStdin = content["allow_stdin"]?.boolValue ?? false
        let stopOnError = content["stop_on_error"]?.boolValue ?? true
        let parent = request.message

        if storeHistory {
            executionCount += 1
            history.append(line: executionCount, input: code)
        }
        let count = executionCount
        if !silent {
            publish("execute_input", .object([("code", .string(code)), ("execution_count", .int(count))]), parent: parent)
        }
        let context = makeContext(parent: parent, count: count, silent: silent, storeHistory: storeHistory,
                                  allowStdin: allowStdin)
        let metadata = JSON.object([("started", .string(started))])
        switch engine.execute(code, context: context) {
        case .ok(let result):
            if let result, storeHistory, let text = result.data.first(where: { $0.mime == "text/plain" })?.value.stringValue {
                history.recordOutput(text, line: count)
            }
            if let result, !silent {
                publish("execute_result", .object([("execution_count", .int(count)), ("data", result.dataJSON),
                                                   ("metadata", result.metadataJSON)]), parent: parent)
            }
            reply(request, .object([("status", "ok"), ("execution_count", .int(count)),
                                    ("user_expressions", .emptyObject), ("payload", .array([]))]),
                  metadata: metadata)
        case .error(let ename, let evalue, let traceback):
            let error = JSON.object([("ename", .string(ename)), ("evalue", .string(evalue)),
                                     ("traceback", .array(traceback.map { .string($0) }))])
            if !silent { publish("error", error, parent: parent) }
            if stopOnError && !silent { collectQueuedForAbort() }
            reply(request, error.setting("status", "error").setting("execution_count", .int(count)),
                  metadata: metadata)
        }
    }

    /// The reply for an execute queued behind a failed cell: not run, status error, ename Aborted.
    func abortExecute(_ request: Request) {
        reply(request, .object([("status", "error"), ("execution_count", .int(executionCount)),
                                ("ename", "Aborted"), ("evalue", "not run: an earlier cell failed"),
                                ("traceback", .array([]))]))
    }

    private func makeContext(parent: Message, count: Int, silent: Bool, storeHistory: Bool,
                             allowStdin: Bool) -> ExecutionContext {
        ExecutionContext(
            executionCount: count, silent: silent, storeHistory: storeHistory, allowStdin: allowStdin,
            stream: { [publisher] name, text in
                if !silent { publisher.stream(name, text, parent: parent) }
            },
            display: { [self] bundle, displayID, update in
                guard !silent else { return }
                var content = JSON.object([("data", bundle.dataJSON), ("metadata", bundle.metadataJSON)])
                if let displayID {
                    content = content.setting("transient", .object([("display_id", .string(displayID))]))
                }
                publish(update && displayID != nil ? "update_display_data" : "display_data", content, parent: parent)
            },
            clearOutput: { [self] wait in
                if !silent { publish("clear_output", .object([("wait", .bool(wait))]), parent: parent) }
            },
            input: { [self] prompt, password in
                allowStdin ? readInput(prompt: prompt, password: password, parent: parent) : nil
            })
    }

    /// Sends `input_request` on stdin and waits for the matching `input_reply`;
    /// nil when interrupted.
    private func readInput(prompt: String, password: Bool, parent: Message) -> String? {
        let generation = currentInterruptGeneration
        let request = codec.make("input_request", content: .object([("prompt", .string(prompt)),
                                                                    ("password", .bool(password))]),
                                 parent: parent, identities: parent.identities)
        publisher.flush()
        stdin.send(codec.encode(request))
        while currentInterruptGeneration == generation {
            guard let frames = stdin.receive(timeoutMilliseconds: 50),
                  let reply = verified(frames, channel: .stdin) else { continue }
            // jupyter_client's `input()` sends its reply without a parent header, so
            // only a reply that names another request is refused.
            let parentID = reply.parentHeader["msg_id"]?.stringValue
            guard reply.msgType == "input_reply", parentID == nil || parentID == request.msgID,
                  RequestValidation.problem(with: reply) == nil else {
                Log.warn("dropped a stdin message of type '\(reply.msgType)' while waiting for input")
                continue
            }
            return reply.content["value"]?.stringValue ?? ""
        }
        return nil
    }
}

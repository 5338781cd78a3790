/// The shell requests that only ask questions: kernel_info, complete, inspect,
/// is_complete, history and comm_info.
extension KernelServer {
    func kernelInfo(_ request: Request) {
        let info = engine.info
        let language = JSON.object([
            ("name", .string(info.name)),
            ("version", .string(info.version)),
            ("mimetype", .string(info.mimetype)),
            ("file_extension", .string(info.fileExtension)),
            ("pygments_lexer", .string(info.pygmentsLexer)),
            ("codemirror_mode", .string(info.codemirrorMode)),
            ("nbconvert_exporter", "script"),
        ])
        let links = JSON.array(info.helpLinks.map { .object([("text", .string($0.text)), ("url", .string($0.url))]) })
        reply(request, .object([
            ("status", "ok"),
            ("protocol_version", .string(HeaderFactory.protocolVersion)),
            ("implementation", .string(info.implementation)),
            ("implementation_version", .string(info.implementationVersion)),
            ("language_info", language),
            ("banner", .string(info.banner)),
            ("help_links", links),
            ("debugger", false),
        ]))
    }

    func complete(_ request: Request) {
        let code = request.content["code"]?.stringValue ?? ""
        let cursor = request.content["cursor_pos"]?.intValue ?? code.unicodeScalars.count
        let result = engine.complete(code, cursor: cursor)
        reply(request, .object([
            ("status", "ok"),
            ("matches", .array(result.matches.map { .string($0) })),
            ("cursor_start", .int(result.cursorStart)),
            ("cursor_end", .int(result.cursorEnd)),
            ("metadata", .emptyObject),
        ]))
    }

    func inspect(_ request: Request) {
        let code = request.content["code"]?.stringValue ?? ""
        let cursor = request.content["cursor_pos"]?.intValue ?? code.unicodeScalars.count
        let detail = request.content["detail_level"]?.intValue ?? 0
        let result = engine.inspect(code, cursor: cursor, detailLevel: detail)
        reply(request, .object([
            ("status", "ok"),
            ("found", .bool(result.found)),
            ("data", result.bundle.dataJSON),
            ("metadata", result.bundle.metadataJSON),
        ]))
    }

    func isComplete(_ request: Request) {
        let code = request.content["code"]?.stringValue ?? ""
        switch engine.isComplete(code) {
        case .complete: reply(request, .object([("status", "complete")]))
        case .incomplete(let indent): reply(request, .object([("status", "incomplete"), ("indent", .string(indent))]))
        case .invalid: reply(request, .object([("status", "invalid")]))
        case .unknown: reply(request, .object([("status", "unknown")]))
        }
    }

    func historyReply(_ request: Request) {
        let content = request.content
        let entries: [History.Entry]
        switch content["hist_access_type"]?.stringValue ?? "tail" {
        case "range":
            entries = history.range(session: content["session"]?.intValue ?? 0,
                                    start: content["start"]?.intValue ?? 0,
                                    stop: content["stop"]?.intValue ?? 0)
        case "search":
            entries = history.search(pattern: content["pattern"]?.stringValue ?? "*",
                                     count: content["n"]?.intValue ?? 0,
                                     unique: content["unique"]?.boolValue ?? false)
        default:
            entries = history.tail(content["n"]?.intValue ?? 10)
        }
        let withOutput = content["output"]?.boolValue ?? false
        let items = entries.map { entry -> JSON in
            let text: JSON = withOutput
                ? .array([.string(entry.input), entry.output.map(JSON.string) ?? .null])
                : .string(entry.input)
            return .array([.int(entry.session), .int(entry.line), text])
        }
        reply(request, .object([("status", "ok"), ("history", .array(items))]))
    }

    func commInfo(_ request: Request) {
        reply(request, .object([("status", "ok"), ("comms", .emptyObject)]))
    }

    /// Loupe registers no comm targets; comm messages get busy/idle and nothing else.
    func ignoreComm(_ request: Request) {}
}

/// interrupt and shutdown: answered on control, also while a cell runs.
extension KernelServer {
    func interrupt(_ request: Request) {
        interruptExecution()
        reply(request, .object([("status", "ok")]))
    }

    /// Replies (on the request's channel and, as ipykernel does, on iopub),
    /// then hands over to `onShutdown`, which ends the process.
    func shutdown(_ request: Request) {
        let restart = request.content["restart"]?.boolValue ?? false
        let content = JSON.object([("status", "ok"), ("restart", .bool(restart))])
        publish("shutdown_reply", content, parent: request.message)
        reply(request, content)
        publishStatus("idle", parent: request.message)
        publisher.flush()
        stop()
        onShutdown(restart)
    }
}

# workerd config for test/runtimes/workerd.test.ts, which bundles the two workers next to it
# (emulator-worker.js, client-worker.js) and starts `workerd serve` with this file once. Both
# sockets listen on an ephemeral loopback port, reported on the control fd.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "emulator", worker = .emulatorWorker),
    (name = "client", worker = .clientWorker),
    # The client Worker's only way out: loopback addresses, nothing else.
    (name = "loopback", network = (allow = ["127.0.0.0/8"], deny = [])),
  ],
  sockets = [
    (name = "emulator", address = "127.0.0.1:0", http = (), service = "emulator"),
    (name = "client", address = "127.0.0.1:0", http = (), service = "client"),
  ],
);

const emulatorWorker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "emulator-worker.js")],
  compatibilityDate = "2025-09-01",
);

const clientWorker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "client-worker.js")],
  compatibilityDate = "2025-09-01",
  globalOutbound = "loopback",
);

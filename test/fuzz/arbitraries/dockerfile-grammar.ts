import fc from 'fast-check';
import { indentation, joinedLines, modulePath, nastyRun, versionText } from './nasty-text.js';

const variableName = fc.constantFrom('KUBE_VERSION', 'CLIENT_GO_VERSION', 'CG', 'V', 'SUFFIX', 'TARGETARCH', 'A', 'a1', '1BAD', '');

/** A shell word as Dockerfiles write it: literal, `$VAR`, `${VAR:-x}`, quoted, escaped, cut off. */
const shellWord: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: versionText },
  fc.tuple(variableName, fc.constantFrom('', ':-', '-', ':+', '+', '#', '##', '%', '%%', '/', '//', ':?', '^', ','), fc.oneof(versionText, fc.constant(''))).map(([name, operator, word]) => `\${${name}${operator}${operator ? word : ''}}`),
  variableName.map((name) => `$${name}`),
  fc.constantFrom('${', '${}', '$', '$$', '${A', '$(curl -s x)', '`uname`', '\\$A', '"', "'", '\\', '"${A}"', "'${A}'", '${A:-${B:-v1.0.0}}'),
  nastyRun,
);

const versionWord = fc.array(shellWord, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
const architecture = fc.constantFrom('amd64', 'arm64', '${TARGETARCH}', 's390x', '');
const releaseHost = fc.constantFrom('https://dl.k8s.io/release/', 'https://dl.k8s.io/', 'https://cdn.dl.k8s.io/release/', 'https://storage.googleapis.com/kubernetes-release/release/', 'https://github.com/kubernetes/kubernetes/releases/download/', 'http://dl.k8s.io//release/', 'https://example.com/');
const program = fc.constantFrom('kubectl', 'kube-apiserver', 'kube-proxy', 'kubelet', 'hyperkube', 'kubectl.exe', 'kubernetes-server-linux-amd64.tar.gz', 'kubernetes-node-linux-arm64.tar.gz', 'kubernetes.tar.gz');

/** A shell command of the kinds the extractor looks for, and some it should ignore. */
const shellCommand: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('go get', 'go install', 'go mod download', 'GOFLAGS=-mod=mod go install', 'go get -u', 'go run', 'go mod edit -require=', 'go mod edit -replace=', 'go mod edit -replace ', 'go build', 'go build -o /out ./...'), modulePath, fc.constantFrom('@', '@@', '=', '=k8s.io/client-go@', ''), versionWord).map(([command, path, at, version]) => `${command}${command.endsWith('=') || command.endsWith(' ') ? '' : ' '}${path}${at}${version}`),
  fc.tuple(fc.constantFrom('curl -LO', 'curl -fsSL', 'wget -q', 'wget -O-'), fc.constantFrom('', '"', "'"), releaseHost, versionWord, architecture, program).map(([fetch, quote, host, version, arch, name]) => `${fetch} ${quote}${host}${version}/bin/linux/${arch}/${name}${quote}`),
  fc.tuple(fc.constantFrom('git clone', 'git clone --branch', 'git clone -b', 'git checkout', 'git -C k fetch'), fc.constantFrom('https://github.com/kubernetes/client-go', 'https://github.com/kubernetes/kubernetes.git', 'git@github.com:kubernetes/client-go.git', 'k'), versionWord).map(([git, url, version]) => `${git} ${version} ${url}`),
  fc.tuple(fc.constantFrom('kubectl proxy', 'kubectl port-forward svc/x 80', 'kubectl get pods --watch', 'kubectl logs -f x', 'kubectl version'), fc.constantFrom('', ' &', ' --port=8001')).map(([command, tail]) => `${command}${tail}`),
  fc.tuple(fc.constantFrom('export', 'KV=', 'A=$B &&', 'set -e;'), shellWord).map(([head, word]) => `${head}${word}`),
  nastyRun,
);

const runBody: fc.Arbitrary<string> = fc
  .tuple(fc.array(shellCommand, { minLength: 1, maxLength: 4 }), fc.constantFrom(' && ', '; ', ' || ', ' | ', ' \\\n && ', ' \\\n# comment\n && ', ' \\\r\n && ', ' `\n && ', ' \\ \n && ', '\n'))
  .map(([commands, join]) => commands.join(join));

const image = fc.oneof(
  fc.constantFrom('golang:1.21', 'debian:bookworm', 'scratch', 'registry.k8s.io/kube-apiserver:v1.13.6', 'k8s.gcr.io/kubectl:v1.11.2', 'bitnami/kubectl:1.14', 'localhost:5000/x', '169.254.169.254/x', 'x@sha256:abc', 'base', 'build'),
  fc.tuple(fc.constantFrom('registry.k8s.io/kube-proxy:', 'bitnami/kubectl:', 'golang:', 'img:'), versionWord).map(([name, tag]) => `${name}${tag}`),
);

const flag = fc.constantFrom('', '--platform=linux/amd64 ', '--platform=$BUILDPLATFORM ', '--from=build ', '--from=0 ', '--from=registry.k8s.io/kubectl:v1.13.6 ', '--mount=type=bind,source=go.mod,target=go.mod ', '--chown=1:1 ', '--link ', '--', '--=', '--mount=type=bind,source=', '--from=${A} ');

/** One instruction, sometimes lowercased, continued, in JSON form, or a heredoc. */
const instruction: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(flag, image, fc.constantFrom('', ' AS build', ' as base', ' AS', ' AS a b')).map(([options, name, alias]) => `FROM ${options}${name}${alias}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('ARG', 'ENV', 'arg', 'env'), variableName, fc.constantFrom('=', ' ', '', '="', "='"), versionWord).map(([keyword, name, equals, value]) => `${keyword} ${name}${equals}${value}`) },
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom('RUN ', 'RUN --mount=type=cache,target=/root ', 'run ', 'RUN\t'), runBody).map(([keyword, body]) => `${keyword}${body}`) },
  fc.tuple(fc.constantFrom('RUN', 'CMD', 'ENTRYPOINT'), fc.array(fc.oneof(shellWord, shellCommand), { maxLength: 4 })).map(([keyword, words]) => `${keyword} ${JSON.stringify(words)}`),
  fc.tuple(fc.constantFrom('CMD', 'ENTRYPOINT'), fc.constantFrom('["kubectl", "proxy"]', 'kubectl port-forward x', '["kubectl",', '[]', '[1, 2]', '["a" "b"]')).map(([keyword, rest]) => `${keyword} ${rest}`),
  fc.tuple(fc.constantFrom('COPY ', 'ADD ', 'COPY --from=build ', 'ADD --checksum=sha256:x '), fc.oneof(fc.constantFrom('go.mod go.sum ./', '. .', 'https://github.com/kubernetes/client-go.git#v0.20.0 /src', 'git@github.com:kubernetes/client-go.git /src'), fc.tuple(releaseHost, versionWord, program).map(([host, version, name]) => `${host}${version}/bin/linux/amd64/${name} /usr/bin/`))).map(([keyword, rest]) => `${keyword}${rest}`),
  fc.tuple(fc.constantFrom('RUN <<EOF', 'RUN <<-EOF', 'RUN <<"EOF"', 'COPY <<EOF /x', 'RUN <<EOF bash', 'RUN <<A <<B'), fc.array(shellCommand, { maxLength: 3 }), fc.constantFrom('EOF', '\tEOF', 'EOF ', '', 'A\nB')).map(([open, lines, close]) => [open, ...lines, close].join('\n')),
  fc.constantFrom('# syntax=docker/dockerfile:1', '# escape=`', '# escape=\\', '# escape=', '# escape=x', '#', 'WORKDIR /src', 'USER 0', 'SHELL ["/bin/bash", "-c"]', 'ONBUILD RUN go get k8s.io/client-go@v0.20.0', 'HEALTHCHECK CMD kubectl get --raw /healthz', 'MAINTAINER x', 'EXPOSE 80', '\\', '`'),
  nastyRun,
);

/** A Dockerfile of stages, variables and commands, with line continuations, CRLF and parser directives. */
export const dockerfileText: fc.Arbitrary<string> = joinedLines(fc.array(fc.tuple(indentation, instruction).map(([indent, line]) => `${indent}${line}`), { maxLength: 20 }));

/** Build args as a workflow passes them: some meant for the file, some hostile. */
export const buildArgs: fc.Arbitrary<ReadonlyMap<string, string>> = fc.array(fc.tuple(variableName, versionWord), { maxLength: 3 }).map((pairs) => new Map(pairs));

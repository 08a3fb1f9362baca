#!/usr/bin/env bash
# Tags a release: vX.Y.Z (annotated) and moves the floating major tag vX to the same commit,
# the convention users rely on when they write `uses: your-org/aep-salesforce-connection-action@v1`.
#
#   bash script/release.sh X.Y.Z [--push]
#
# Checks first: on main, clean tree, package.json version is X.Y.Z, CHANGELOG.md has a section
# for X.Y.Z, and dist/ is what `npm run build` makes from src/. Without --push it prints the
# push commands instead of running them.
set -euo pipefail

fail() {
  echo "release: $*" >&2
  exit 1
}

usage() {
  echo "usage: bash script/release.sh X.Y.Z [--push]" >&2
  exit 2
}

parse_args() {
  VERSION=''
  PUSH=false
  for arg in "$@"; do
    case "$arg" in
      --push) PUSH=true ;;
      -h | --help) usage ;;
      *) [[ -z "$VERSION" ]] || usage; VERSION=$arg ;;
    esac
  done
  [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || usage
  MAJOR_TAG="v${VERSION%%.*}"
  TAG="v$VERSION"
}

check_branch_and_tree() {
  local branch
  branch=$(git rev-parse --abbrev-ref HEAD)
  [[ "$branch" == main ]] || fail "releases are cut from main, not '$branch'"
  [[ -z "$(git status --porcelain)" ]] || fail "the working tree is not clean: commit or stash first"
  ! git rev-parse -q --verify "refs/tags/$TAG" >/dev/null || fail "tag $TAG already exists"
}

check_version() {
  local declared
  declared=$(node -p "JSON.parse(require('fs').readFileSync('package.json', 'utf8')).version")
  [[ "$declared" == "$VERSION" ]] ||
    fail "package.json version is $declared, not $VERSION: bump it (npm version $VERSION --no-git-tag-version) and commit"
  grep -Eq "^## \[?$VERSION\]?" CHANGELOG.md || fail "CHANGELOG.md has no section for $VERSION"
  if grep -Eq "^## \[?$VERSION\]? - Unreleased" CHANGELOG.md; then
    fail "CHANGELOG.md still calls $VERSION unreleased: give it today's date and commit"
  fi
}

check_dist_is_fresh() {
  echo "release: rebuilding dist/ to check that it matches src/" >&2
  npm run build >&2
  git add --intent-to-add dist/
  if ! git diff --exit-code --stat dist/; then
    git reset -q dist/
    fail "dist/ is stale: commit the rebuilt dist/ and run again"
  fi
}

tag_release() {
  git tag -a "$TAG" -m "$TAG"
  git tag -fa "$MAJOR_TAG" -m "$MAJOR_TAG: latest is $TAG" "$TAG^{commit}"
  echo "release: tagged $TAG and moved $MAJOR_TAG to $(git rev-parse --short "$TAG^{commit}")"
}

publish() {
  local commands=("git push origin main" "git push origin $TAG" "git push --force origin $MAJOR_TAG")
  if [[ "$PUSH" == true ]]; then
    for command in "${commands[@]}"; do
      echo "+ $command"
      $command
    done
  else
    echo "release: not pushed. To publish, run:"
    printf '  %s\n' "${commands[@]}"
  fi
  echo "release: then draft a GitHub release for $TAG (tick 'Publish to Marketplace')."
}

main() {
  parse_args "$@"
  cd "$(git rev-parse --show-toplevel)"
  check_branch_and_tree
  check_version
  check_dist_is_fresh
  tag_release
  publish
}

main "$@"

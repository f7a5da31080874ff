#!/usr/bin/env bash
# Lays out, under <root>, everything the server's container image holds besides the server itself (which
# Jib adds from the build): a Java runtime cut with jlink from the build's own JDK down to the modules the
# server's jar uses (jdeps), the few shared libraries that runtime loads, copied from this Debian system
# with the copyright files of their packages, and the files a non-root process needs in a root of its own
# (a passwd entry, writable /tmp and /data). Nothing is downloaded: the image starts FROM scratch.
#
# usage: build-runtime.sh <the server's runnable jar> <root> <uid>
set -euo pipefail

jar=$1
root=$2
uid=$3
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jlink=$java_home/bin/jlink
jdeps=$java_home/bin/jdeps

rm -rf "$root"
mkdir -p "$root/opt" "$root/etc" "$root/tmp" "$root/data" "$root/usr/share/doc"

# The modules the jar needs, plus the ones reached only by reflection or service loading: TLS's elliptic
# curves (STS and OSS over HTTPS) and DNS lookups through JNDI are never named in the bytecode.
modules=$("$jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 -q "$jar")
modules="$modules,jdk.crypto.ec,jdk.naming.dns,jdk.zipfs"
# java.desktop is among them only for java.beans (Jackson, Jetty and dom4j reach it, optionally): its
# natives for X11 windows, sound and the splash screen are left out, and with them the X11 libraries.
"$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --exclude-files='**/libawt_xawt.so,**/libjawt.so,**/libsplashscreen.so,**/libjsound.so' \
  --output "$root/opt/java"
echo "$modules" > "$root/opt/java/modules"

# Every shared library the runtime's executables and libraries load, and the dynamic loader, at the paths
# the loader searches without an ld.so.cache. /lib and /lib64 are real folders here, not Debian's
# merged-/usr symlinks, so that the layer holds plain files.
libraries=$(find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | sort -u \
  | grep -v "^$root/")
packages=()
for library in $libraries; do
  target=$root$library
  mkdir -p "$(dirname "$target")"
  cp -L "$library" "$target"
  package=$(dpkg -S "$(readlink -f "$library")" 2>/dev/null | head -1 | cut -d: -f1) || true
  if [ -z "$package" ]; then package=$(dpkg -S "$library" 2>/dev/null | head -1 | cut -d: -f1) || true; fi
  [ -n "$package" ] && packages+=("$package")
done
# The runtime itself comes from Debian's OpenJDK.
packages+=("$(dpkg -S "$(readlink -f "$java_home/lib/modules")" | head -1 | cut -d: -f1)")
for package in $(printf '%s\n' "${packages[@]}" | sort -u); do
  mkdir -p "$root/usr/share/doc/$package"
  cp -L "/usr/share/doc/$package/copyright" "$root/usr/share/doc/$package/copyright"
done

cat > "$root/etc/passwd" <<PASSWD
root:x:0:0:root:/root:/sbin/nologin
ossdirect:x:$uid:$uid:ossdirect:/data:/sbin/nologin
PASSWD
cat > "$root/etc/group" <<GROUP
root:x:0:
ossdirect:x:$uid:
GROUP

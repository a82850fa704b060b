# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from coworking.gui.canton_combo import CantonCombo

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(620, 640)
        self.mainLayout = QVBoxLayout(SetupWizard)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 24, 28, 20)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.logoLabel = QLabel(SetupWizard)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(48, 48))
        self.logoLabel.setMaximumSize(QSize(48, 48))

        self.headerLayout.addWidget(self.logoLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(4)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(SetupWizard)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SetupWizard)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"subtitle")

        self.titleLayout.addWidget(self.introLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.mainLayout.addLayout(self.headerLayout)

        self.siteGroup = QGroupBox(SetupWizard)
        self.siteGroup.setObjectName(u"siteGroup")
        self.siteForm = QFormLayout(self.siteGroup)
        self.siteForm.setObjectName(u"siteForm")
        self.siteForm.setHorizontalSpacing(12)
        self.siteForm.setVerticalSpacing(10)
        self.siteForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.siteNameLabel = QLabel(self.siteGroup)
        self.siteNameLabel.setObjectName(u"siteNameLabel")

        self.siteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteNameLabel)

        self.siteNameBox = QVBoxLayout()
        self.siteNameBox.setSpacing(3)
        self.siteNameBox.setObjectName(u"siteNameBox")
        self.siteNameEdit = QLineEdit(self.siteGroup)
        self.siteNameEdit.setObjectName(u"siteNameEdit")
        self.siteNameEdit.setMaxLength(120)

        self.siteNameBox.addWidget(self.siteNameEdit)

        self.siteNameError = QLabel(self.siteGroup)
        self.siteNameError.setObjectName(u"siteNameError")
        self.siteNameError.setWordWrap(True)
        self.siteNameError.setVisible(False)
        self.siteNameError.setProperty(u"role", u"error")

        self.siteNameBox.addWidget(self.siteNameError)


        self.siteForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.siteNameBox)

        self.cantonLabel = QLabel(self.siteGroup)
        self.cantonLabel.setObjectName(u"cantonLabel")

        self.siteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cantonLabel)

        self.cantonBox = QVBoxLayout()
        self.cantonBox.setSpacing(3)
        self.cantonBox.setObjectName(u"cantonBox")
        self.cantonCombo = CantonCombo(self.siteGroup)
        self.cantonCombo.setObjectName(u"cantonCombo")

        self.cantonBox.addWidget(self.cantonCombo)

        self.cantonError = QLabel(self.siteGroup)
        self.cantonError.setObjectName(u"cantonError")
        self.cantonError.setWordWrap(True)
        self.cantonError.setVisible(False)
        self.cantonError.setProperty(u"role", u"error")

        self.cantonBox.addWidget(self.cantonError)


        self.siteForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.cantonBox)


        self.mainLayout.addWidget(self.siteGroup)

        self.adminGroup = QGroupBox(SetupWizard)
        self.adminGroup.setObjectName(u"adminGroup")
        self.adminForm = QFormLayout(self.adminGroup)
        self.adminForm.setObjectName(u"adminForm")
        self.adminForm.setHorizontalSpacing(12)
        self.adminForm.setVerticalSpacing(10)
        self.adminForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.usernameLabel = QLabel(self.adminGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameBox = QVBoxLayout()
        self.usernameBox.setSpacing(3)
        self.usernameBox.setObjectName(u"usernameBox")
        self.usernameEdit = QLineEdit(self.adminGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(60)

        self.usernameBox.addWidget(self.usernameEdit)

        self.usernameError = QLabel(self.adminGroup)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setVisible(False)
        self.usernameError.setProperty(u"role", u"error")

        self.usernameBox.addWidget(self.usernameError)


        self.adminForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.usernameBox)

        self.fullNameLabel = QLabel(self.adminGroup)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameBox = QVBoxLayout()
        self.fullNameBox.setSpacing(3)
        self.fullNameBox.setObjectName(u"fullNameBox")
        self.fullNameEdit = QLineEdit(self.adminGroup)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(120)

        self.fullNameBox.addWidget(self.fullNameEdit)

        self.fullNameError = QLabel(self.adminGroup)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setWordWrap(True)
        self.fullNameError.setVisible(False)
        self.fullNameError.setProperty(u"role", u"error")

        self.fullNameBox.addWidget(self.fullNameError)


        self.adminForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fullNameBox)

        self.passwordLabel = QLabel(self.adminGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setSpacing(3)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordEdit = QLineEdit(self.adminGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordBox.addWidget(self.passwordEdit)

        self.passwordError = QLabel(self.adminGroup)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setVisible(False)
        self.passwordError.setProperty(u"role", u"error")

        self.passwordBox.addWidget(self.passwordError)


        self.adminForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordBox)

        self.confirmLabel = QLabel(self.adminGroup)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmBox = QVBoxLayout()
        self.confirmBox.setSpacing(3)
        self.confirmBox.setObjectName(u"confirmBox")
        self.confirmEdit = QLineEdit(self.adminGroup)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.confirmBox.addWidget(self.confirmEdit)

        self.confirmError = QLabel(self.adminGroup)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)
        self.confirmError.setVisible(False)
        self.confirmError.setProperty(u"role", u"error")

        self.confirmBox.addWidget(self.confirmError)


        self.adminForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.confirmBox)


        self.mainLayout.addWidget(self.adminGroup)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(SetupWizard)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.createButton = QPushButton(SetupWizard)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.createButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.siteNameLabel.setBuddy(self.siteNameEdit)
        self.cantonLabel.setBuddy(self.cantonCombo)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.siteNameEdit, self.cantonCombo)
        QWidget.setTabOrder(self.cantonCombo, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.createButton)
        QWidget.setTabOrder(self.createButton, self.cancelButton)

        self.retranslateUi(SetupWizard)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"First-time setup", None))
        self.titleLabel.setText(QCoreApplication.translate("SetupWizard", u"Welcome", None))
        self.introLabel.setText(QCoreApplication.translate("SetupWizard", u"Before you start, tell us which space this computer serves and create the first administrator account. You can add more accounts later.", None))
        self.siteGroup.setTitle(QCoreApplication.translate("SetupWizard", u"This space", None))
        self.siteNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Space &name:", None))
        self.siteNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. Coworking Manta", None))
        self.cantonLabel.setText(QCoreApplication.translate("SetupWizard", u"Can&ton:", None))
        self.adminGroup.setTitle(QCoreApplication.translate("SetupWizard", u"First administrator account", None))
        self.usernameLabel.setText(QCoreApplication.translate("SetupWizard", u"&Username:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. ana.perez", None))
        self.fullNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Full na&me:", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupWizard", u"&Password:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"At least 8 characters", None))
        self.confirmLabel.setText(QCoreApplication.translate("SetupWizard", u"C&onfirm password:", None))
        self.cancelButton.setText(QCoreApplication.translate("SetupWizard", u"Cancel", None))
        self.createButton.setText(QCoreApplication.translate("SetupWizard", u"C&reate and continue", None))
    # retranslateUi

